// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace Copydesk::Exporting {

// The CJK fonts of the PDF proof and its preview.
//
// Design note: Qt's PDF engine writes each glyph's text from the font's own cmap. Fonts such as
// Noto CJK / Source Han map a Kangxi radical and its ideograph (U+2F12 ⼒ and U+529B 力) to
// one glyph, so copy and pdftotext give the radical. AR PL UMing and WenQuanYi Zen Hei keep
// them apart, so only those two are used, named explicitly and ahead of any system fallback.
// Needs a QGuiApplication (the font database); the value itself may be copied to any thread.
class FontSetup
{
public:
    // Body (Ming/Song style) and headline (Hei style) families, best first.
    static QStringList bodyFamilies();
    static QStringList headlineFamilies();

    // Looks the families up; fails with an installable remedy when none is there.
    static Result<FontSetup> find();

    QString bodyFamily() const { return m_body; }
    QString headlineFamily() const { return m_headline; }
    QFont bodyFont(qreal pointSize) const;
    QFont headlineFont(qreal pointSize) const;

private:
    QFont make(const QString &primary, qreal pointSize) const;

    QString m_body;
    QString m_headline;
};

} // namespace Copydesk::Exporting
