// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantcheck.h"

#include "scriptruns.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/SimpleConverter.hpp>

#include <cstdio>

namespace Copydesk::Proofing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Proofing::VariantCheck)
};

// OpenCC's data folder: Debian installs it under /usr/share/opencc.
QString openccDataDir()
{
    const QString env = qEnvironmentVariable("COPYDESK_OPENCC_DIR");
    if (!env.isEmpty())
        return env;
    for (const char *dir : {"/usr/share/opencc", "/usr/local/share/opencc"}) {
        if (QFileInfo::exists(QString::fromLatin1(dir) + QStringLiteral("/t2s.json")))
            return QString::fromLatin1(dir);
    }
    return QStringLiteral("/usr/share/opencc");
}
} // namespace

struct VariantCheck::Private
{
    std::unique_ptr<opencc::SimpleConverter> converter;
    opencc::MarisaDictPtr characters;
    // Characters t2s may change: a paragraph without any of them needs no conversion, which
    // spares the converter on almost every paragraph of simplified copy.
    QSet<char32_t> convertible;
    QString error;
};

VariantCheck::VariantCheck() : d(std::make_unique<Private>())
{
    const QString dir = openccDataDir();
    try {
        d->converter = std::make_unique<opencc::SimpleConverter>(
            QString(dir + QStringLiteral("/t2s.json")).toStdString());
        const QByteArray dictPath = QString(dir + QStringLiteral("/TSCharacters.ocd2")).toLocal8Bit();
        if (FILE *fp = std::fopen(dictPath.constData(), "rb")) {
            d->characters = opencc::MarisaDict::NewFromFile(fp);
            std::fclose(fp);
        }
        if (d->characters) {
            for (const auto &entry : *d->characters->GetLexicon()) {
                const QString key = QString::fromStdString(entry->Key());
                const QList<uint> ucs4 = key.toUcs4();
                if (ucs4.size() == 1)
                    d->convertible.insert(ucs4.first());
            }
        }
    } catch (const std::exception &e) {
        d->converter.reset();
        d->error = Tr::tr("OpenCC could not load its data from %1: %2")
                       .arg(dir, QString::fromLocal8Bit(e.what()));
    }
}

VariantCheck::~VariantCheck() = default;

bool VariantCheck::isValid() const { return d->converter != nullptr; }

QString VariantCheck::errorString() const { return d->error; }

QString VariantCheck::toSimplified(const QString &text) const
{
    if (!d->converter)
        return text;
    try {
        return QString::fromStdString(d->converter->Convert(text.toStdString()));
    } catch (const std::exception &) {
        return text;
    }
}

QStringList VariantCheck::candidates(const QString &character) const
{
    QStringList out;
    if (d->characters) {
        const std::string key = character.toStdString();
        const auto entry = d->characters->Match(key.c_str(), key.size());
        if (!entry.IsNull()) {
            for (const std::string &v : entry.Get()->Values())
                out << QString::fromStdString(v);
        }
    }
    const QString converted = toSimplified(character);
    if (converted != character && !out.contains(converted))
        out.prepend(converted);
    return out;
}

QVector<FlagDraft> VariantCheck::check(const QString &text, int paragraph) const
{
    QVector<FlagDraft> flags;
    if (!d->converter)
        return flags;
    if (!d->convertible.isEmpty()) {
        bool any = false;
        for (qsizetype i = 0; i < text.size() && !any; ++i)
            any = text[i].unicode() >= 0x3400 && d->convertible.contains(text[i].unicode());
        if (!any)
            return flags;
    }
    const QString simplified = toSimplified(text);
    // t2s maps character for character; if the lengths differ, compare nothing rather than
    // misplace flags.
    if (simplified.size() != text.size() || simplified == text)
        return flags;
    int han = 0;
    QVector<int> changed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHan(text[i].unicode()))
            ++han;
        if (text[i] != simplified[i] && !text[i].isSurrogate())
            changed.push_back(int(i));
    }
    // Traditional text changes a third to a half of its characters under t2s; a stray
    // character in simplified text changes a few. A quarter is the line between them.
    if (han == 0 || changed.size() * 4 > han)
        return flags;
    for (int i : std::as_const(changed)) {
        const QString character = text.mid(i, 1);
        QStringList options = candidates(character);
        const QString preferred = simplified.mid(i, 1);
        options.removeAll(preferred);
        options.prepend(preferred);
        FlagDraft f;
        f.kind = QString::fromLatin1(FlagKind::VariantCharacter);
        f.paragraph = paragraph;
        f.start = i;
        f.length = 1;
        f.text = character;
        f.suggestion = preferred;
        f.detail = options.size() > 1 ? options.join(QLatin1Char('\n')) : QString();
        f.reason = options.size() > 1
                       ? Tr::tr("“%1” is a traditional or variant form; the simplified form is "
                                "one of: %2.")
                             .arg(character, options.join(QStringLiteral(", ")))
                       : Tr::tr("“%1” is a traditional or variant form of “%2”.")
                             .arg(character, preferred);
        f.confidence = 0.9;
        flags.push_back(f);
    }
    return flags;
}

} // namespace Copydesk::Proofing
