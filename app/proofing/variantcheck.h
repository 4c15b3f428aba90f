// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Copydesk::Proofing {

// Traditional or variant characters in simplified text (`硤石` -> `硖石`), found with OpenCC's
// conversion data: the whole paragraph is converted with t2s (phrases decide ambiguous
// characters in context) and every character that changes is flagged, with all of OpenCC's
// candidates for it. A paragraph that is mostly traditional is left alone: that is a
// traditional-script story, not a stray character. Not thread-safe; one per thread.
class VariantCheck
{
public:
    VariantCheck();
    ~VariantCheck();
    VariantCheck(const VariantCheck &) = delete;
    VariantCheck &operator=(const VariantCheck &) = delete;

    bool isValid() const;
    QString errorString() const;

    QVector<FlagDraft> check(const QString &text, int paragraph) const;
    // OpenCC's simplified candidates for one character, the preferred first.
    QStringList candidates(const QString &character) const;
    QString toSimplified(const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Copydesk::Proofing
