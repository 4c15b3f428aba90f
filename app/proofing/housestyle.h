// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Copydesk::Proofing {

// One publication's house style: which normalisations its copy gets. Stored in the archive
// (table style_profiles) as the JSON of toJson(); unknown keys are ignored and missing ones
// take the defaults below, so older and newer builds read each other's profiles.
struct HouseStyleProfile
{
    // Spaces between CJK characters and Latin letters or digits (`2023 年`, `使用 iPhone`).
    enum class Spacing
    {
        Keep,   // leave as typed
        Remove, // newspapers: `2023年`, `使用iPhone`
        Insert, // web copy: exactly one space, `2023 年`, `使用 iPhone`
    };

    QString name;
    // GB/T 15834-2011: ,.:;?!() become ，。：；？！（） in Chinese context (never inside
    // numbers such as 1.6亿 or 3,000, codes such as 0117-2, URLs, e-mail addresses or Latin
    // sentences), and spaces around Chinese punctuation go.
    bool fullWidthPunctuation = true;
    // `...`, `。。。`, `…`, `………` -> `……`; `--`, `---`, `—`, `－－` -> `——` (Chinese context).
    bool ellipsisAndDash = true;
    // Straight quotes "" '' in Chinese context -> “” ‘’ (apostrophes stay).
    bool curlyQuotes = true;
    // 「」『』 -> “”‘’ (for copy from Hong Kong and Taiwan agencies).
    bool cornerBracketsToQuotes = false;
    Spacing cjkLatinSpacing = Spacing::Remove;
    // Runs of two or more spaces become one.
    bool collapseSpaces = true;
    // The import applies the profile to every new page (each change recorded as a decision).
    bool applyOnImport = false;

    // The two built-in starting points.
    static HouseStyleProfile newspaper();
    static HouseStyleProfile webCopy();

    QByteArray toJson() const; // the settings only; the name is the table's key
    static HouseStyleProfile fromJson(const QString &name, const QByteArray &json);
    bool operator==(const HouseStyleProfile &o) const;
    bool operator!=(const HouseStyleProfile &o) const { return !(*this == o); }
};

// One change the house style proposes, on the text it was given.
struct StyleEdit
{
    enum class Rule
    {
        Punctuation,   // half-width -> full-width, and spaces around Chinese punctuation
        Quotes,        // straight -> curly
        CornerBracket, // 「」 -> “”
        Ellipsis,
        Dash,
        Spacing, // between CJK and Latin or digits
        DoubledSpace,
    };
    int start = 0;
    int length = 0; // 0: an insertion before `start`
    QString replacement;
    Rule rule = Rule::Punctuation;
};

// The house-style normaliser: pure functions from text to text. Safe on any thread.
//
// Every change is a Decision (kind "normalise", position and before/after in the *result*
// text), so the import stores it in the decisions table and an editor can revert it like a
// join: revert() puts `before` back where `after` stands. Decisions of one paragraph are
// listed in text order; reverting one shifts the positions of the later ones of the same
// paragraph by before.size() - after.size() (revertAll() does that for you).
class HouseStyle
{
public:
    static constexpr char DecisionKind[] = "normalise";

    // The changes `profile` asks for, sorted, never overlapping, positions in `text`.
    static QVector<StyleEdit> edits(const QString &text, const HouseStyleProfile &profile);

    struct Normalised
    {
        QString text;
        QVector<Decision> decisions; // paragraph = the argument, position in `text`
    };
    static Normalised normalise(const QString &text, const HouseStyleProfile &profile,
                                int paragraph = -1);
    // Applies edits() of `text` (e.g. a subset a proofreader picked).
    static Normalised apply(const QString &text, const QVector<StyleEdit> &edits,
                            int paragraph = -1);

    // Normalises every paragraph of a story a pipeline already analysed: the decisions are
    // appended to story.decisions, positions of earlier decisions and flags of the changed
    // paragraphs move with the text, and flags on text that changed are dropped (the change
    // settled them). Headline, kicker and byline are left as they are.
    static void normaliseStory(StoryDraft &story, const HouseStyleProfile &profile);

    // Undoes one decision in `text`: false (text untouched) if `after` is no longer at
    // decision.position.
    static bool revert(QString &text, const Decision &decision);
    // Applies it again after a revert: false if `before` is not at decision.position.
    static bool reapply(QString &text, const Decision &decision);
    // Reverts all of one paragraph's decisions (last first, so positions stay valid).
    static bool revertAll(QString &text, const QVector<Decision> &decisions);

    // Where position `pos` of the original text is after `edits` (sorted, as from edits()).
    static int mapPosition(const QVector<StyleEdit> &edits, int pos);
    static QString reason(const StyleEdit &edit);
};

} // namespace Copydesk::Proofing
