// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "erratacheck.h"

#include "scriptruns.h"

#include <QCoreApplication>

#include <algorithm>

namespace Copydesk::Proofing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Proofing::ErrataCheck)
};

bool isWordChar(QChar c)
{
    return isLatinLetter(c.unicode()) || c.isDigit();
}
} // namespace

void ErrataCheck::setEntries(const QVector<Erratum> &entries)
{
    m_entries.clear();
    for (const Erratum &e : entries) {
        if (!e.wrong.isEmpty() && e.wrong != e.right)
            m_entries.push_back(e);
    }
    rebuildIndex();
}

void ErrataCheck::add(const Erratum &entry)
{
    if (entry.wrong.isEmpty() || entry.wrong == entry.right)
        return;
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Erratum &e) { return e.wrong == entry.wrong; });
    if (it != m_entries.end())
        it->right = entry.right;
    else
        m_entries.push_back(entry);
    rebuildIndex();
}

void ErrataCheck::remove(const QString &wrong)
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const Erratum &e) { return e.wrong == wrong; }),
                    m_entries.end());
    rebuildIndex();
}

void ErrataCheck::rebuildIndex()
{
    m_byFirst.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_byFirst[m_entries[i].wrong.at(0).unicode()].push_back(i);
    for (QVector<int> &list : m_byFirst) {
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return m_entries[a].wrong.size() > m_entries[b].wrong.size();
        });
    }
}

QVector<FlagDraft> ErrataCheck::check(const QString &text, int paragraph) const
{
    QVector<FlagDraft> flags;
    if (m_byFirst.isEmpty())
        return flags;
    const QStringView view(text);
    for (qsizetype i = 0; i < text.size();) {
        const auto it = m_byFirst.constFind(text[i].unicode());
        if (it == m_byFirst.cend()) {
            ++i;
            continue;
        }
        const Erratum *hit = nullptr;
        for (int index : *it) {
            const Erratum &e = m_entries[index];
            const qsizetype end = i + e.wrong.size();
            if (end > text.size() || view.mid(i, e.wrong.size()) != e.wrong)
                continue;
            if (isWordChar(e.wrong.front()) && i > 0 && isWordChar(text[i - 1]))
                continue;
            if (isWordChar(e.wrong.back()) && end < text.size() && isWordChar(text[end]))
                continue;
            hit = &e;
            break;
        }
        if (!hit) {
            ++i;
            continue;
        }
        FlagDraft f;
        f.kind = QString::fromLatin1(Kind);
        f.paragraph = paragraph;
        f.start = int(i);
        f.length = int(hit->wrong.size());
        f.text = hit->wrong;
        f.suggestion = hit->right;
        f.reason = Tr::tr("The desk's errata table says: write “%1” for “%2”.")
                       .arg(hit->right, hit->wrong);
        f.confidence = 0.95;
        flags.push_back(f);
        i += hit->wrong.size();
    }
    return flags;
}

} // namespace Copydesk::Proofing
