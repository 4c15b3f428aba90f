// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace Copydesk {

// Value types shared by every layer. They carry no behaviour and no database handles, so a
// domain stage can produce them on any thread and storage can persist them unchanged.

// Flag kinds and statuses as they appear in the archive and in the JSON contract.
namespace FlagKind {
inline constexpr char Duplicate[] = "duplicate";
inline constexpr char DoubledCharacter[] = "doubled-character";
inline constexpr char StrayLatin[] = "stray-latin";
inline constexpr char VariantCharacter[] = "variant-character";
inline constexpr char Punctuation[] = "punctuation";
inline constexpr char Spelling[] = "spelling";
inline constexpr char Join[] = "join";
inline constexpr char Encoding[] = "encoding";
} // namespace FlagKind

namespace FlagStatus {
inline constexpr char Open[] = "open";
inline constexpr char Accepted[] = "accepted";
inline constexpr char Dismissed[] = "dismissed";
} // namespace FlagStatus

// A range of the normalised source text [start, start + length).
struct SourceSpan
{
    int start = 0;
    int length = 0;
    bool operator==(const SourceSpan &o) const { return start == o.start && length == o.length; }
};

// Something a proofreader should look at. `paragraph` indexes the story's paragraphs
// (-1: the story as a whole); start/length locate `text` inside that paragraph.
struct FlagDraft
{
    QString kind;
    int paragraph = -1;
    int start = 0;
    int length = 0;
    QString text;
    QString suggestion;
    QString reason;
    double confidence = 1.0;
    // Duplicates only: what this paragraph copies, either on the same page (story and
    // paragraph indexes of the draft) or a paragraph already in the archive (its id).
    int duplicateOfStory = -1;
    int duplicateOfParagraph = -1;
    qint64 duplicateOfParagraphId = 0;
    QString detail; // e.g. the duplicate's kind: exact, near, truncated
};

// One automatic change made by a pipeline stage (a join, a byline cut, a removed doubled
// character, a normalisation). `before`/`after` hold enough text to revert it.
struct Decision
{
    QString kind;       // "join", "split", "byline", "kicker", "headline", "jump", ...
    int paragraph = -1; // index in the story's paragraphs after the stage ran
    int position = 0;   // character offset inside that paragraph
    double confidence = 1.0;
    QString reason;
    QString before;
    QString after;
};

struct ParagraphDraft
{
    QString text;
    QVector<SourceSpan> spans; // where the text came from in the normalised source
    // Keys under which the duplicate index finds this paragraph (content hashes and LSH
    // bands); filled by the duplicate stage, stored with the paragraph.
    QVector<qint64> indexKeys;
    qint64 contentHash = 0;
};

// Where a story happened: a node of the district gazetteer, e.g. 浙江省/杭州市/上城区.
struct DistrictTag
{
    QString path;  // names from province down, joined with '/'
    QString code;  // official administrative code, e.g. "330102"
    bool confirmed = false;
    QString reason; // why it was suggested ("上城区 ×4, ...")
};

// What a story is about: an IPTC Media Topic (medtop:...) or a desk sub-theme under one.
struct ThemeTag
{
    QString code;  // e.g. "medtop:06000000"
    QString label; // in the desk's language
    bool confirmed = false;
    double score = 0;
};

struct StoryDraft
{
    QString kicker;
    QString headline;
    QString byline;
    QVector<ParagraphDraft> paragraphs;
    QVector<FlagDraft> flags;
    QVector<Decision> decisions;
    // Suggestions of the tagging stage (never confirmed at import).
    std::optional<DistrictTag> district;
    QVector<ThemeTag> themes;
};

// What the text stage hands to storage for one page.
struct PageDraft
{
    QVector<StoryDraft> stories;
    QVector<FlagDraft> pageFlags; // flags not tied to a story (e.g. encoding problems)
};

// A decoded import, before segmentation.
struct DecodedText
{
    QString text;            // normalised (line ends, control chars, NBSP)
    QString encoding;        // name of the detected encoding, e.g. "UTF-8", "GB18030"
    int invalidSequences = 0; // bytes that decoded to U+FFFD
    int removedCharacters = 0; // control / zero-width characters dropped by normalisation
};

} // namespace Copydesk
