// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/exportselection.h"
#include "exporting/fontsetup.h"
#include "exporting/layoutoptions.h"

#include <QFont>
#include <QImage>
#include <QLineF>
#include <QPageSize>
#include <QSizeF>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Copydesk::Exporting {

// The page layout of the PDF proof, shared by the PDF writer and the dialog's preview.
//
// Stories run one under another across the full measure: kicker, headline and byline
// centred over all columns, then the body justified in balanced columns, continuing on the
// next page when it does not fit. Text is laid out once, in units of LayoutDpi, against a
// private metrics image, so the PDF and a preview image of any size get the same lines.
// Owns its QTextLayouts. Usable on any one thread at a time (fonts need a QGuiApplication).
class ProofLayout
{
public:
    static constexpr int LayoutDpi = 1200;

    ProofLayout(const ExportSelection &selection, const LayoutOptions &options,
                const FontSetup &fonts);
    ~ProofLayout();
    ProofLayout(const ProofLayout &) = delete;
    ProofLayout &operator=(const ProofLayout &) = delete;

    static QPageSize pageSize(PaperSize paper);
    QSizeF pageSizeUnits() const { return m_pageSize; }
    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based) in layout units onto a painter whose device has
    // LayoutDpi, or that is scaled to it.
    void paintPage(QPainter *painter, int index) const;
    QImage renderPage(int index, qreal dpi) const;

    // Chinese line breaking (kinsoku): no closing punctuation, stop or comma may start a
    // line and no opening bracket or quote may end one.
    static bool mayStartLine(QChar c);
    static bool mayEndLine(QChar c);
    // The lines a paragraph gets in a column `width` points wide (tests and tools), and
    // optionally their natural widths in points.
    static QStringList breakParagraph(const QString &text, const QFont &font, qreal width,
                                      qreal firstIndent = 0, QVector<qreal> *widths = nullptr);

private:
    struct PlacedLine
    {
        int block = 0;
        int line = 0;
        QPointF topLeft;
        qreal width = 0; // the measure the line is set to
        bool justify = false;
    };
    struct Rule
    {
        QLineF line;
        qreal width = 0;
    };
    struct Page
    {
        QVector<PlacedLine> lines;
        QVector<Rule> rules;
    };

    void build(const ExportSelection &selection);
    int addBlock(const QString &text, const QFont &font, qreal width, qreal firstIndent,
                 bool centred);
    void paintFooter(QPainter *painter, int index) const;
    void newPage();

    LayoutOptions m_options;
    FontSetup m_fonts;
    mutable QImage m_metrics; // the paint device every layout measures against
    QSizeF m_pageSize;
    QString m_sourceLabel;
    QDateTime m_exportDate;
    std::vector<std::unique_ptr<QTextLayout>> m_blocks;
    std::vector<qreal> m_em; // per block: the width of an ideograph, the unit of spacing
    QVector<Page> m_pages;
};

} // namespace Copydesk::Exporting
