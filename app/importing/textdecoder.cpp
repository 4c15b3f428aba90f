// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <uchardet/uchardet.h>

#include <memory>

namespace Copydesk::Importing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Importing::TextDecoder)
};

constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr qsizetype kDetectBytes = 4 * 1024 * 1024;

struct Signature
{
    const char *magic;
    int length;
    const char *name;
};

const Signature kSignatures[] = {
    {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "PNG image")},
    {"GIF87a", 6, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "GIF image")},
    {"GIF89a", 6, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "GIF image")},
    {"\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "JPEG image")},
    {"%PDF-", 5, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "PDF document")},
    {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "ZIP archive (or an Office document)")},
    {"\x1f\x8b", 2, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "gzip archive")},
    {"7z\xbc\xaf\x27\x1c", 6, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "7-Zip archive")},
    {"\x7f" "ELF", 4, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "program (ELF)")},
    {"SQLite format 3", 16, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "SQLite database")},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "Office 97 document")},
    {"RIFF", 4, QT_TRANSLATE_NOOP("Copydesk::Importing::TextDecoder", "RIFF media file")},
};

enum class Bom { None, Utf8, Utf16Le, Utf16Be, Utf32Le, Utf32Be };

Bom detectBom(const QByteArray &b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        return Bom::Utf8;
    if (b.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return Bom::Utf32Le;
    if (b.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return Bom::Utf32Be;
    if (b.startsWith("\xFF\xFE"))
        return Bom::Utf16Le;
    if (b.startsWith("\xFE\xFF"))
        return Bom::Utf16Be;
    return Bom::None;
}

// UTF-16 without a byte-order mark: Latin text has a NUL in every other byte.
Bom guessBomlessUtf16(const QByteArray &b)
{
    const qsizetype n = std::min(b.size(), kSniffBytes) & ~qsizetype(1);
    if (n < 4)
        return Bom::None;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += b[i] == 0;
        oddNul += b[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddNul > units * 4 / 10 && evenNul < units / 20)
        return Bom::Utf16Le;
    if (evenNul > units * 4 / 10 && oddNul < units / 20)
        return Bom::Utf16Be;
    return Bom::None;
}

QString decodeUtf(const QByteArray &bytes, QStringConverter::Encoding encoding, int *invalid)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Default);
    QString text = decoder.decode(bytes);
    if (invalid && decoder.hasError()) {
        int count = 0;
        for (QChar c : text)
            count += c == QChar::ReplacementCharacter;
        *invalid = std::max(1, count);
    }
    return text;
}

// UTF-8 with a few damaged sequences (at most one in a hundred characters) is still UTF-8:
// legacy encodings of CJK text fail UTF-8 at nearly every character.
bool isMostlyUtf8(const QByteArray &bytes, QString *text, int *invalid)
{
    *text = decodeUtf(bytes, QStringConverter::Utf8, invalid);
    return *invalid == 0 || qsizetype(*invalid) * 100 <= text->size();
}

QString detectWithUchardet(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(),
                                                                                 uchardet_delete);
    if (!ud)
        return {};
    const qsizetype n = std::min(bytes.size(), kDetectBytes);
    if (uchardet_handle_data(ud.get(), bytes.constData(), size_t(n)) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QString::fromLatin1(uchardet_get_charset(ud.get()));
}

// Decodes with ICU; invalid sequences become U+FFFD and are counted by the callback context.
struct IcuCounter
{
    int invalid = 0;
};

void countingCallback(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                      int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED)
        const_cast<IcuCounter *>(static_cast<const IcuCounter *>(context))->invalid++;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

Result<QString> decodeWithIcu(const QByteArray &bytes, const QString &encoding, int *invalid)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> conv(
        ucnv_open(encoding.toLatin1().constData(), &status), ucnv_close);
    if (U_FAILURE(status) || !conv)
        return Result<QString>::failure(
            Tr::tr("the encoding %1 is not supported").arg(encoding));
    IcuCounter counter;
    ucnv_setToUCallBack(conv.get(), countingCallback, &counter, nullptr, nullptr, &status);
    QString out;
    out.resize(bytes.size() * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()),
                                      int32_t(out.size()), bytes.constData(),
                                      int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return Result<QString>::failure(Tr::tr("cannot decode the text as %1").arg(encoding));
    out.truncate(len);
    if (invalid)
        *invalid = counter.invalid;
    return out;
}

// uchardet's names, mapped to the spelling shown to editors and stored in the archive.
QString canonicalName(const QString &name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("ASCII") || upper == QLatin1String("UTF-8"))
        return QStringLiteral("UTF-8");
    if (upper == QLatin1String("BIG5"))
        return QStringLiteral("Big5");
    if (upper == QLatin1String("GB2312") || upper == QLatin1String("GBK"))
        return QStringLiteral("GB18030"); // GB18030 is a superset; decode with it
    return upper;
}

bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF
        || c == 0x00AD || c == 0x180E;
}

bool isSpaceLike(char16_t c)
{
    return c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x2000 || c == 0x2001
        || c == 0x2002 || c == 0x2003 || c == 0x2004 || c == 0x2005 || c == 0x2006
        || c == 0x2008 || c == 0x2009 || c == 0x200A || c == 0x205F;
}

} // namespace

QString TextDecoder::binaryReason(const QByteArray &bytes)
{
    for (const Signature &s : kSignatures) {
        if (bytes.startsWith(QByteArray(s.magic, s.length)))
            return Tr::tr("it is a %1, not text").arg(Tr::tr(s.name));
    }
    const qsizetype n = std::min(bytes.size(), kSniffBytes);
    qsizetype controls = 0, nuls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == 0)
            ++nuls;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'
                 && c != 0x1b)
            ++controls;
    }
    // A stray NUL or control byte is extraction noise that normalisation removes; many of
    // them mean the file is not text at all.
    if (n > 0 && (nuls * 100 > n || (nuls + controls) * 20 > n))
        return Tr::tr("it contains binary data, not text");
    return {};
}

QString TextDecoder::normalize(const QString &text, int *removed)
{
    QString out;
    out.reserve(text.size());
    int dropped = 0;
    const qsizetype n = text.size();
    const QChar *d = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c == u'\r') {
            out.append(QLatin1Char('\n'));
            if (i + 1 < n && d[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (c == u'\n' || c == u'\t') {
            out.append(QChar(c));
        } else if (c == 0x2028 || c == 0x2029 || c == u'\v' || c == u'\f') {
            out.append(QLatin1Char('\n'));
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isZeroWidth(c)) {
            ++dropped;
        } else if (isSpaceLike(c)) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(QChar(c));
        }
    }
    if (removed)
        *removed = dropped;
    return out;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    using R = Result<DecodedText>;
    if (bytes.isEmpty())
        return R::failure(Tr::tr("the file is empty"));

    DecodedText result;
    QString text;
    Bom bom = detectBom(bytes);
    if (bom == Bom::None)
        bom = guessBomlessUtf16(bytes);

    switch (bom) {
    case Bom::Utf8:
        result.encoding = QStringLiteral("UTF-8");
        text = decodeUtf(bytes.mid(3), QStringConverter::Utf8, &result.invalidSequences);
        break;
    case Bom::Utf16Le:
    case Bom::Utf16Be: {
        const bool le = bom == Bom::Utf16Le;
        result.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        const bool hasBom = detectBom(bytes) != Bom::None;
        text = decodeUtf(hasBom ? bytes.mid(2) : bytes,
                         le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                         &result.invalidSequences);
        break;
    }
    case Bom::Utf32Le:
    case Bom::Utf32Be: {
        const bool le = bom == Bom::Utf32Le;
        result.encoding = le ? QStringLiteral("UTF-32LE") : QStringLiteral("UTF-32BE");
        text = decodeUtf(bytes.mid(4), le ? QStringConverter::Utf32LE : QStringConverter::Utf32BE,
                         &result.invalidSequences);
        break;
    }
    case Bom::None: {
        if (const QString why = binaryReason(bytes); !why.isEmpty())
            return R::failure(why);
        if (isMostlyUtf8(bytes, &text, &result.invalidSequences)) {
            result.encoding = QStringLiteral("UTF-8");
            break;
        }
        result.invalidSequences = 0;
        QString detected = canonicalName(detectWithUchardet(bytes));
        if (detected.isEmpty()) {
            // uchardet had no opinion; GB18030 is the common legacy encoding of Chinese
            // newsroom text and reads every byte sequence, so errors show as U+FFFD.
            detected = QStringLiteral("GB18030");
        }
        result.encoding = detected;
        if (detected == QLatin1String("UTF-8")) {
            text = decodeUtf(bytes, QStringConverter::Utf8, &result.invalidSequences);
        } else {
            auto decoded = decodeWithIcu(bytes, detected, &result.invalidSequences);
            if (!decoded)
                return R::failure(decoded.error());
            text = decoded.value();
        }
        break;
    }
    }

    result.text = normalize(text, &result.removedCharacters);
    bool blank = true;
    for (QChar c : std::as_const(result.text)) {
        if (!c.isSpace()) {
            blank = false;
            break;
        }
    }
    if (blank)
        return R::failure(Tr::tr("the file holds no text"));
    // Mostly undecodable: the guess was wrong or the file is not text in any encoding.
    if (result.invalidSequences * 5 > result.text.size())
        return R::failure(Tr::tr("the text cannot be read in any known encoding (tried %1)")
                              .arg(result.encoding));
    return result;
}

} // namespace Copydesk::Importing
