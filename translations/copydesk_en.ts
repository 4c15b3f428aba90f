<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Copydesk::Cli</name>
    <message numerus="yes">
        <source>page %1	%2	%3	%n story/stories</source>
        <translation><numerusform>page %1	%2	%3	%n story</numerusform><numerusform>page %1	%2	%3	%n stories</numerusform></translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportJob</name>
    <message numerus="yes">
        <source>%1: imported as page %2 (%n story/stories, %3, %4)</source>
        <translation><numerusform>%1: imported as page %2 (%n story, %3, %4)</numerusform><numerusform>%1: imported as page %2 (%n stories, %3, %4)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation><numerusform>%n paragraph</numerusform><numerusform>%n paragraphs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte sequence(s) invalid in %2, replaced by U+FFFD</source>
        <translation><numerusform>%1: %n byte sequence invalid in %2, replaced by U+FFFD</numerusform><numerusform>%1: %n byte sequences invalid in %2, replaced by U+FFFD</numerusform></translation>
    </message>
</context>
</TS>