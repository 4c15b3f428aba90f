// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordsegmenter.h"

#include "chartraits.h"
#include "wordfrequencies.h"

#include <QHash>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Copydesk::Text {

namespace {
// Creating a dictionary break iterator loads ICU's data; cloning a prototype is cheap.
const icu::BreakIterator *prototype()
{
    static const std::unique_ptr<icu::BreakIterator> proto = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return proto.get();
}

constexpr int kWindow = 4;
} // namespace

struct WordSegmenter::Private
{
    std::unique_ptr<icu::BreakIterator> it;
    QHash<QString, int> straddling; // junction text -> answer: the same junction is asked often
};

WordSegmenter::WordSegmenter() : d(std::make_unique<Private>())
{
    if (const icu::BreakIterator *p = prototype())
        d->it.reset(p->clone());
}

WordSegmenter::~WordSegmenter() = default;

bool WordSegmenter::isValid() const
{
    return d->it != nullptr;
}

QVector<int> WordSegmenter::boundaries(QStringView text) const
{
    QVector<int> out;
    if (!d->it || text.isEmpty()) {
        out << 0 << int(text.size());
        return out;
    }
    const icu::UnicodeString s(false, reinterpret_cast<const UChar *>(text.utf16()),
                               int32_t(text.size()));
    d->it->setText(s);
    for (int32_t p = d->it->first(); p != icu::BreakIterator::DONE; p = d->it->next())
        out.push_back(p);
    return out;
}

int WordSegmenter::straddlingWord(QStringView left, QStringView right) const
{
    const QStringView l = left.right(std::min<qsizetype>(kWindow, left.size()));
    const QStringView r = right.left(std::min<qsizetype>(kWindow, right.size()));
    if (l.isEmpty() || r.isEmpty() || !isCjk(l.back()) || !isCjk(r.front()))
        return 0;
    // No word of the 350,000 holds the two characters at the junction side by side: ICU's
    // smaller dictionary is not asked (most junctions are answered so).
    const WordFrequencies &counts = WordFrequencies::shared();
    if (counts.isLoaded() && !counts.pairListed(l.back(), r.front()))
        return 0;
    QString joined = l.toString() + r.toString();
    joined.append(QChar(char16_t(u'0' + l.size()))); // the junction is part of the key
    const auto known = d->straddling.constFind(joined);
    if (known != d->straddling.constEnd())
        return *known;
    const QVector<int> b = boundaries(QStringView(joined).chopped(1));
    const int junction = int(l.size());
    int answer = 0;
    for (int i = 1; i < b.size() && answer == 0; ++i) {
        if (b[i - 1] < junction && b[i] > junction)
            answer = b[i] - b[i - 1];
    }
    // ICU's dictionary knows common words only; the word counts know many more (重启), rare
    // ones too (公的): a word of theirs counts when it makes the junction far more probable.
    if (answer == 0) {
        const WordFrequencies::Junction j = counts.junction(l, r);
        if (j.gain >= WordFrequencies::kStrongGain)
            answer = j.word;
    }
    d->straddling.insert(joined, answer);
    return answer;
}

double WordSegmenter::junctionGain(QStringView left, QStringView right) const
{
    return WordFrequencies::shared().junctionGain(left, right);
}

bool WordSegmenter::endsOnPreposition(QStringView text) const
{
    return WordFrequencies::shared().endsOnPreposition(text);
}

int WordSegmenter::isolatedIdeographs(QStringView text) const
{
    const QVector<int> b = boundaries(text);
    int n = 0;
    for (int i = 1; i < b.size(); ++i) {
        if (b[i] - b[i - 1] == 1 && isCjk(text[b[i - 1]]))
            ++n;
    }
    return n;
}

} // namespace Copydesk::Text
