// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontsetup.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::FontSetup)
};

const QString Ming = QStringLiteral("AR PL UMing CN");
const QString ZenHei = QStringLiteral("WenQuanYi Zen Hei");
} // namespace

QStringList FontSetup::bodyFamilies()
{
    return {Ming, ZenHei};
}

QStringList FontSetup::headlineFamilies()
{
    return {ZenHei, Ming};
}

Result<FontSetup> FontSetup::find()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<FontSetup>::failure(
            Tr::tr("PDF export needs the font database of a QGuiApplication"));
    const QStringList installed = QFontDatabase::families();
    auto first = [&installed](const QStringList &wanted) {
        for (const QString &f : wanted) {
            if (installed.contains(f, Qt::CaseInsensitive))
                return f;
        }
        return QString();
    };
    FontSetup setup;
    setup.m_body = first(bodyFamilies());
    setup.m_headline = first(headlineFamilies());
    if (setup.m_body.isEmpty())
        return Result<FontSetup>::failure(
            Tr::tr("no Chinese font that copies back exactly is installed: install "
                   "fonts-arphic-uming (AR PL UMing) or fonts-wqy-zenhei (WenQuanYi Zen Hei)"));
    return setup;
}

QFont FontSetup::make(const QString &primary, qreal pointSize) const
{
    QFont f(primary);
    // Our two fonts first, so a character missing from one comes from the other and not from
    // a system fallback that may map it to a radical.
    QStringList families{primary};
    for (const QString &other : {m_body, m_headline}) {
        if (!families.contains(other))
            families << other;
    }
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setWeight(QFont::Normal); // no synthetic bold: it would be drawn as outlines
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QFont FontSetup::bodyFont(qreal pointSize) const
{
    return make(m_body, pointSize);
}

QFont FontSetup::headlineFont(qreal pointSize) const
{
    return make(m_headline, pointSize);
}

} // namespace Copydesk::Exporting
