<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Copydesk::BrowsePanel</name>
    <message numerus="yes">
        <source>The first %n stories</source>
        <translation>
            <numerusform>The first story</numerusform>
            <numerusform>The first %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CleanupView</name>
    <message numerus="yes">
        <source>Cleaned up the page again: %n story(ies) kept as edited, %1 replaced, %2 new.</source>
        <translation>
            <numerusform>Cleaned up the page again: %n story kept as edited, %1 replaced, %2 new.</numerusform>
            <numerusform>Cleaned up the page again: %n stories kept as edited, %1 replaced, %2 new.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new story(ies) left out because an edited story holds their text.</source>
        <translation>
            <numerusform>%n new story left out because an edited story holds its text.</numerusform>
            <numerusform>%n new stories left out because an edited story holds their text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Cli</name>
    <message numerus="yes">
        <source>page %1	%2	%3	%n story/stories</source>
        <translation>
            <numerusform>page %1	%2	%3	%n story</numerusform>
            <numerusform>page %1	%2	%3	%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories tagged</source>
        <translation>
            <numerusform>%n story tagged</numerusform>
            <numerusform>%n stories tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n %2 flag(s) accepted</source>
        <translation>
            <numerusform>page %1: %n %2 flag accepted</numerusform>
            <numerusform>page %1: %n %2 flags accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n %2 flag(s) left open (the text changed since, or no suggestion)</source>
        <translation>
            <numerusform>page %1: %n %2 flag left open (the text changed since, or no suggestion)</numerusform>
            <numerusform>page %1: %n %2 flags left open (the text changed since, or no suggestion)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::DistrictTreeModel</name>
    <message numerus="yes">
        <source>%n story/stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialog</name>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection still has %n duplicate paragraph(s) nobody has accepted or dismissed; they would be exported as they are.</source>
        <translation>
            <numerusform>The selection still has %n duplicate paragraph nobody has accepted or dismissed; they would be exported as they are.</numerusform>
            <numerusform>The selection still has %n duplicate paragraphs nobody has accepted or dismissed; they would be exported as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::ExportSelection</name>
    <message numerus="yes">
        <source>%n open duplicate(s) — review first</source>
        <translation>
            <numerusform>%n open duplicate — review first</numerusform>
            <numerusform>%n open duplicates — review first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Exporting::Exporter</name>
    <message numerus="yes">
        <source>export cancelled after %n file(s)</source>
        <translation>
            <numerusform>export cancelled after %n file</numerusform>
            <numerusform>export cancelled after %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportJob</name>
    <message numerus="yes">
        <source>%1: imported as page %2 (%n story/stories, %3, %4)</source>
        <translation>
            <numerusform>%1: imported as page %2 (%n story, %3, %4)</numerusform>
            <numerusform>%1: imported as page %2 (%n stories, %3, %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte sequence(s) invalid in %2, replaced by U+FFFD</source>
        <translation>
            <numerusform>%1: %n byte sequence invalid in %2, replaced by U+FFFD</numerusform>
            <numerusform>%1: %n byte sequences invalid in %2, replaced by U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message numerus="yes">
        <source>Import cancelled; %n file(s) imported</source>
        <translation>
            <numerusform>Import cancelled; %n file imported</numerusform>
            <numerusform>Import cancelled; %n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more (see details)</source>
        <translation>
            <numerusform>
… and %n more (see details)</numerusform>
            <numerusform>
… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported. Please check:</source>
        <translation>
            <numerusform>%n file imported. Please check:</numerusform>
            <numerusform>%n files imported. Please check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open duplicate paragraph(s) in the archive</source>
        <translation>
            <numerusform>%n open duplicate paragraph in the archive</numerusform>
            <numerusform>%n open duplicate paragraphs in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered autosaved text of %n story(ies) that had not been stored; the first is open in the editor.</source>
        <translation>
            <numerusform>Recovered autosaved text of %n story that had not been stored; it is open in the editor.</numerusform>
            <numerusform>Recovered autosaved text of %n stories that had not been stored; the first is open in the editor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>House style: %n change(s) made</source>
        <translation>
            <numerusform>House style: %n change made</numerusform>
            <numerusform>House style: %n changes made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::PageListModel</name>
    <message numerus="yes">
        <source>Page %1: %2
Imported %3 by %4
Encoding %5, %n byte(s)
SHA-256 %6</source>
        <translation>
            <numerusform>Page %1: %2
Imported %3 by %4
Encoding %5, %n byte
SHA-256 %6</numerusform>
            <numerusform>Page %1: %2
Imported %3 by %4
Encoding %5, %n bytes
SHA-256 %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::RecleanJob</name>
    <message numerus="yes">
        <source>Page %1: %n new story/stories</source>
        <translation>
            <numerusform>Page %1: %n new story</numerusform>
            <numerusform>Page %1: %n new stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story/stories kept as edited</source>
        <translation>
            <numerusform>%n story kept as edited</numerusform>
            <numerusform>%n stories kept as edited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ReviewPanel</name>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation>
            <numerusform>%1 of %n reviewed</numerusform>
            <numerusform>%1 of %n reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryPanel</name>
    <message numerus="yes">
        <source>Story %1 of page %2: %n paragraph(s)</source>
        <translation>
            <numerusform>Story %1 of page %2: %n paragraph</numerusform>
            <numerusform>Story %1 of page %2: %n paragraphs</numerusform>
        </translation>
    </message>
</context>
</TS>
