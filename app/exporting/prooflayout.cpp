// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prooflayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Copydesk::Exporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Exporting::ProofLayout)
};

constexpr qreal Mm = ProofLayout::LayoutDpi / 25.4;
constexpr qreal Pt = ProofLayout::LayoutDpi / 72.0;
constexpr qreal LineSpacing =
    1.4; // body line pitch in ems; pdftotext keeps lines 1.5 ems apart in one block

QImage metricsDevice()
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int dpm = qRound(ProofLayout::LayoutDpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    return image;
}

// Part of a run of Latin letters or digits, which must not be split between lines.
bool isWordChar(QChar c)
{
    return c.unicode() < 0x2E80 && c.isLetterOrNumber();
}

// Whether a line may end before text[end] (and after text[end - 1]).
bool goodBreak(const QString &text, int start, int end)
{
    int next = end;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    if (next >= text.size() || end <= start)
        return true;
    const QChar last = text.at(end - 1);
    const QChar first = text.at(next);
    if (last.isSpace())
        return ProofLayout::mayStartLine(first);
    if (!ProofLayout::mayStartLine(first) || !ProofLayout::mayEndLine(last))
        return false;
    if (first.isLowSurrogate())
        return false;
    // Latin words, numbers and codes such as 0117-2 or 3.5 stay whole.
    static const QString joiners = QStringLiteral("-./:_");
    if ((isWordChar(last) || joiners.contains(last)) &&
        (isWordChar(first) || joiners.contains(first)))
        return false;
    // Dashes and ellipses come in pairs (—— ……) that stay together.
    return !(last == first && (last == QChar(0x2014) || last == QChar(0x2026)));
}

// Breaks `layout` into lines of `width` units the way Chinese is set: any character may
// end a line except where punctuation forbids it (kinsoku). Qt's UAX #14 breaker is
// too cautious with quotation marks (it will not break on either side of “ ” ‘ ’ and leaves
// gaps), so lines are filled character by character (WrapAnywhere) and then fixed: closing
// punctuation that does not fit is squeezed in when the line can absorb it (the glyphs are
// drawn a little tighter), otherwise characters are pushed to the next line until no closing
// punctuation starts it, no opening bracket or quote ends this one, and no Latin word or
// number is split.
void breakLines(QTextLayout &layout, qreal width, qreal firstIndent, qreal em)
{
    const QString &text = layout.text();
    layout.beginLayout();
    for (int lineNo = 0;; ++lineNo) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const qreal w = width - (lineNo == 0 ? firstIndent : 0);
        line.setLineWidth(w);
        const int start = line.textStart();
        const int fitted = line.textLength();
        if (!goodBreak(text, start, start + fitted)) {
            bool fixed = false;
            // Squeeze in: up to two closing marks, at most 0.12 em tighter per gap.
            int extra = 0;
            while (extra < 2 && start + fitted + extra < text.size() &&
                   !ProofLayout::mayStartLine(text.at(start + fitted + extra)))
                ++extra;
            if (extra > 0 && fitted > 1 && goodBreak(text, start, start + fitted + extra)) {
                // setNumColumns() still stops at the width it is given: allow an em more.
                line.setNumColumns(fitted + extra, w + em);
                const qreal over = line.naturalTextWidth() - w;
                fixed = line.textLength() == fitted + extra &&
                        over <= std::min(em, 0.12 * em * (fitted + extra - 1));
            }
            // Push out. Give up after a line's worth of characters: an unbreakable run that
            // long (a URL) is better split than moved whole to a line of its own.
            const int limit = std::max(1, fitted - 24);
            for (int n = fitted - 1; !fixed && n >= limit; --n) {
                if (goodBreak(text, start, start + n)) {
                    line.setNumColumns(n, w);
                    fixed = true;
                }
            }
            if (!fixed)
                line.setNumColumns(fitted, w);
        }
        line.setPosition(QPointF(lineNo == 0 ? firstIndent : 0, 0));
    }
    layout.endLayout();
}

void drawText(QPainter *painter, QPaintDevice *metrics, const QString &text, const QFont &font,
              QPointF baseline, Qt::Alignment align, qreal width)
{
    QTextLayout layout(text, font, metrics);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    qreal x = baseline.x();
    if (align & Qt::AlignRight)
        x += width - line.naturalTextWidth();
    else if (align & Qt::AlignHCenter)
        x += (width - line.naturalTextWidth()) / 2;
    line.draw(painter, QPointF(x, baseline.y() - line.ascent()));
}

} // namespace

bool ProofLayout::mayStartLine(QChar c)
{
    static const QString closing =
        QStringLiteral("，。、；：？！）」』】〕〉》〗〙〟”’…‥·・%‰℃°,.;:?!)]}｝］）｠ー々〻");
    return !closing.contains(c);
}

bool ProofLayout::mayEndLine(QChar c)
{
    static const QString opening = QStringLiteral("（「『【〔〈《〖〘〝“‘([{｛［｟");
    return !opening.contains(c);
}

QStringList ProofLayout::breakParagraph(const QString &text, const QFont &font, qreal width,
                                        qreal firstIndent, QVector<qreal> *widths)
{
    QImage device = metricsDevice();
    QTextLayout layout(text, font, &device);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAnywhere);
    layout.setTextOption(option);
    const qreal em = QFontMetricsF(font, &device).horizontalAdvance(QChar(0x4E2D));
    breakLines(layout, width * Pt, firstIndent * Pt, em);
    QStringList lines;
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        lines << text.mid(line.textStart(), line.textLength());
        if (widths)
            widths->push_back(line.naturalTextWidth() / Pt);
    }
    return lines;
}

QPageSize ProofLayout::pageSize(PaperSize paper)
{
    switch (paper) {
    case PaperSize::A3:
        return QPageSize(QPageSize::A3);
    case PaperSize::A4:
        return QPageSize(QPageSize::A4);
    case PaperSize::Tabloid:
        return QPageSize(QPageSize::Tabloid);
    }
    return QPageSize(QPageSize::A4);
}

ProofLayout::ProofLayout(const ExportSelection &selection, const LayoutOptions &options,
                         const FontSetup &fonts)
    : m_options(options), m_fonts(fonts), m_metrics(metricsDevice())
{
    m_pageSize = pageSize(options.paperSize).size(QPageSize::Point) * Pt;
    m_sourceLabel = selection.sourceLabel();
    m_exportDate = selection.exportDate();
    build(selection);
}

ProofLayout::~ProofLayout() = default;

int ProofLayout::addBlock(const QString &text, const QFont &font, qreal width, qreal firstIndent,
                          bool centred)
{
    auto layout = std::make_unique<QTextLayout>(text, font, &m_metrics);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAnywhere);
    option.setAlignment(Qt::AlignLeft); // centring and justification are done here
    layout->setTextOption(option);
    const qreal em = QFontMetricsF(font, &m_metrics).horizontalAdvance(QChar(0x4E2D));
    breakLines(*layout, width, firstIndent, em);
    if (centred) {
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            line.setPosition(QPointF((width - line.naturalTextWidth()) / 2, 0));
        }
    }
    m_blocks.push_back(std::move(layout));
    m_em.push_back(em);
    return int(m_blocks.size()) - 1;
}

void ProofLayout::newPage()
{
    m_pages.push_back(Page());
}

void ProofLayout::build(const ExportSelection &selection)
{
    const QMarginsF &m = m_options.marginsMm;
    const qreal left = m.left() * Mm;
    const qreal top = m.top() * Mm;
    const qreal right = m_pageSize.width() - m.right() * Mm;
    const qreal bottom = m_pageSize.height() - m.bottom() * Mm;
    const qreal measure = right - left;
    const int columns = m_options.columns;
    const qreal gutter = m_options.gutterMm * Mm;
    const qreal columnWidth = (measure - (columns - 1) * gutter) / columns;

    const qreal bodyPt = m_options.bodyPointSize;
    const qreal headlinePt = m_options.headlinePointSize > 0
                                 ? m_options.headlinePointSize
                                 : std::clamp(measure / Mm / 8.5, 14.0, 40.0);
    const QFont body = m_fonts.bodyFont(bodyPt);
    const QFont headline = m_fonts.headlineFont(headlinePt);
    const QFont kicker = m_fonts.headlineFont(std::max(bodyPt * 1.3, headlinePt * 0.5));
    const QFont byline = m_fonts.headlineFont(bodyPt * 0.95);
    const qreal pitch = bodyPt * Pt * LineSpacing;
    const qreal indent = 2 * QFontMetricsF(body, &m_metrics).horizontalAdvance(QChar(0x4E2D));
    const qreal thin = 0.4 * Pt;

    newPage();
    qreal y = top;
    for (int s = 0; s < selection.stories().size(); ++s) {
        const ExportStory &story = selection.stories()[s];

        // The head: kicker, headline and byline, each centred over the whole measure.
        struct HeadPart
        {
            int block;
            qreal lineHeight;
            qreal after;
        };
        QVector<HeadPart> head;
        if (!story.kicker.isEmpty())
            head.push_back({addBlock(story.kicker, kicker, measure, 0, true),
                            kicker.pointSizeF() * Pt * 1.35, pitch * 0.2});
        if (!story.headline.isEmpty())
            head.push_back({addBlock(story.headline, headline, measure, 0, true),
                            headlinePt * Pt * 1.3, pitch * 0.35});
        if (!story.byline.isEmpty())
            head.push_back({addBlock(story.byline, byline, measure, 0, true), pitch, 0});
        qreal headHeight = 0;
        for (const HeadPart &h : head)
            headHeight += m_blocks[h.block]->lineCount() * h.lineHeight + h.after;
        if (!head.isEmpty())
            headHeight += pitch * 0.6;

        // The body, broken once at the column width.
        QVector<PlacedLine> bodyLines;
        for (const QString &paragraph : story.paragraphs) {
            const int b = addBlock(paragraph, body, columnWidth, indent, false);
            const int count = m_blocks[b]->lineCount();
            for (int i = 0; i < count; ++i)
                bodyLines.push_back(
                    {b, i, QPointF(), columnWidth - (i == 0 ? indent : 0), i + 1 < count});
        }

        // Start a new page rather than strand a head above fewer than three lines.
        const int firstRows = std::min<int>(3, (bodyLines.size() + columns - 1) / columns);
        if (y > top && y + headHeight + firstRows * pitch > bottom) {
            newPage();
            y = top;
        }
        for (const HeadPart &h : head) {
            QTextLayout &layout = *m_blocks[h.block];
            for (int i = 0; i < layout.lineCount(); ++i) {
                m_pages.last().lines.push_back(
                    {h.block, i, QPointF(left, y), layout.lineAt(i).width(), false});
                y += h.lineHeight;
            }
            y += h.after;
        }
        if (!head.isEmpty())
            y += pitch * 0.6;

        // Balanced columns; what does not fit goes on to the next page.
        int next = 0;
        while (next < bodyLines.size()) {
            const int rowsFree = int(std::floor((bottom - y) / pitch + 1e-6));
            if (rowsFree < 1) {
                newPage();
                y = top;
                continue;
            }
            const int remaining = int(bodyLines.size()) - next;
            const int rows =
                remaining <= columns * rowsFree ? (remaining + columns - 1) / columns : rowsFree;
            int used = 0;
            for (int c = 0; c < columns && next < bodyLines.size(); ++c, ++used) {
                const qreal x = left + c * (columnWidth + gutter);
                for (int r = 0; r < rows && next < bodyLines.size(); ++r) {
                    PlacedLine line = bodyLines[next++];
                    line.topLeft = QPointF(x, y + r * pitch);
                    m_pages.last().lines.push_back(line);
                }
            }
            for (int c = 1; c < used; ++c) {
                const qreal x = left + c * columnWidth + (c - 0.5) * gutter;
                m_pages.last().rules.push_back(
                    {QLineF(x, y + pitch * 0.15, x, y + rows * pitch - pitch * 0.25), thin});
            }
            y += rows * pitch;
            if (next < bodyLines.size()) {
                newPage();
                y = top;
            }
        }

        // A rule between stories, as on a page of news in brief.
        if (s + 1 < selection.stories().size()) {
            y += pitch * 0.4;
            if (y < bottom - pitch)
                m_pages.last().rules.push_back({QLineF(left, y, right, y), 0.8 * Pt});
            y += pitch * 0.9;
        }
    }
}

void ProofLayout::paintPage(QPainter *painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const Page &page = m_pages[index];
    const QMarginsF &m = m_options.marginsMm;
    const qreal left = m.left() * Mm;
    const qreal right = m_pageSize.width() - m.right() * Mm;
    const qreal top = m.top() * Mm;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // The folio rules over the type area: thick over thin, as a newspaper page has them.
    painter->setPen(QPen(Qt::black, 1.6 * Pt, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QLineF(left, top - 3.2 * Mm, right, top - 3.2 * Mm));
    painter->setPen(QPen(Qt::black, 0.4 * Pt, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QLineF(left, top - 2.2 * Mm, right, top - 2.2 * Mm));
    for (const Rule &rule : page.rules) {
        painter->setPen(QPen(QColor(0x33, 0x33, 0x33), rule.width, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(rule.line);
    }

    painter->setPen(Qt::black);
    for (const PlacedLine &placed : page.lines) {
        const QTextLayout &layout = *m_blocks[placed.block];
        const QTextLine line = layout.lineAt(placed.line);
        // Glyph positions are relative to the layout; lines were given y = 0.
        const QPointF origin = placed.topLeft;
        const int visible = [&]() {
            int n = line.textLength();
            while (n > 0 && layout.text().at(line.textStart() + n - 1).isSpace())
                --n;
            return n;
        }();
        QList<QGlyphRun> runs = line.glyphRuns(line.textStart(), visible);
        {
            // Spread the slack over every gap between glyphs, Chinese style (Qt would
            // widen only the spaces of a line that has one).
            struct Ref
            {
                qreal x;
                int run;
                int glyph;
            };
            QVector<Ref> refs;
            for (int r = 0; r < runs.size(); ++r) {
                const QVector<QPointF> positions = runs[r].positions();
                for (int g = 0; g < positions.size(); ++g)
                    refs.push_back({positions[g].x(), r, g});
            }
            std::sort(refs.begin(), refs.end(),
                      [](const Ref &a, const Ref &b) { return a.x < b.x; });
            const qreal slack = placed.width - line.naturalTextWidth();
            const int gaps = int(refs.size()) - 1;
            const qreal em = m_em[placed.block];
            // Widen justified lines up to half an em per gap; tighten any line that had
            // punctuation squeezed in.
            const bool widen = placed.justify && slack > 0 && slack <= 0.5 * em * gaps;
            if (gaps > 0 && (widen || slack < 0)) {
                QVector<QVector<QPointF>> positions;
                for (const QGlyphRun &run : std::as_const(runs))
                    positions.push_back(run.positions());
                for (int k = 0; k < refs.size(); ++k)
                    positions[refs[k].run][refs[k].glyph].rx() += slack * k / gaps;
                for (int r = 0; r < runs.size(); ++r)
                    runs[r].setPositions(positions[r]);
            }
        }
        for (const QGlyphRun &run : std::as_const(runs))
            painter->drawGlyphRun(origin, run);
    }
    paintFooter(painter, index);
    painter->restore();
}

void ProofLayout::paintFooter(QPainter *painter, int index) const
{
    const QMarginsF &m = m_options.marginsMm;
    const qreal left = m.left() * Mm;
    const qreal right = m_pageSize.width() - m.right() * Mm;
    const qreal bottom = m_pageSize.height() - m.bottom() * Mm;
    const qreal width = right - left;
    const QFont font = m_fonts.headlineFont(7);
    const qreal ruleY = bottom + 3 * Mm;
    const qreal baseline = ruleY + 7 * Pt * 1.4;

    painter->setPen(QPen(Qt::black, 0.4 * Pt, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QLineF(left, ruleY, right, ruleY));
    painter->setPen(QColor(0x22, 0x22, 0x22));
    const QFontMetricsF fm(font, &m_metrics);
    const QString source =
        fm.elidedText(Tr::tr("Source: %1").arg(m_sourceLabel), Qt::ElideMiddle, width * 0.38);
    drawText(painter, &m_metrics, source, font, QPointF(left, baseline), Qt::AlignLeft, width);
    if (m_options.pageNumbers) {
        drawText(painter, &m_metrics, Tr::tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()),
                 font, QPointF(left, baseline), Qt::AlignHCenter, width);
    }
    const QString date = m_exportDate.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    drawText(painter, &m_metrics, Tr::tr("Exported %1").arg(date), font, QPointF(left, baseline),
             Qt::AlignRight, width);
}

QImage ProofLayout::renderPage(int index, qreal dpi) const
{
    const qreal scale = dpi / LayoutDpi;
    QImage image((m_pageSize * scale).toSize(), QImage::Format_RGB32);
    const int dpm = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(&painter, index);
    painter.end();
    return image;
}

} // namespace Copydesk::Exporting
