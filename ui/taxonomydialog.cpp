// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomydialog.h"

#include "models/tagcache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;

QStringList splitKeywords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,，、;；]"));
    QStringList out;
    for (const QString &k : text.split(separators)) {
        if (!k.trimmed().isEmpty())
            out << k.trimmed();
    }
    return out;
}
} // namespace

TaxonomyDialog::TaxonomyDialog(TagCache *cache, QWidget *parent)
    : QDialog(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Themes"));
    resize(820, 560);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("themeTree"));
    m_tree->setHeaderLabels({tr("Theme"), tr("English"), tr("Code")});
    m_tree->setAccessibleName(tr("Themes"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_labelZh = new QLineEdit(this);
    m_labelZh->setObjectName(QStringLiteral("themeLabelZh"));
    m_labelEn = new QLineEdit(this);
    m_labelEn->setObjectName(QStringLiteral("themeLabelEn"));
    m_keywords = new QPlainTextEdit(this);
    m_keywords->setObjectName(QStringLiteral("themeKeywords"));
    m_keywords->setPlaceholderText(tr("One keyword or phrase per line"));
    m_weakKeywords = new QPlainTextEdit(this);
    m_weakKeywords->setObjectName(QStringLiteral("themeWeakKeywords"));
    m_weakKeywords->setPlaceholderText(tr("Words that also turn up in other subjects"));
    m_weakKeywords->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Chinese name:"), m_labelZh);
    form->addRow(tr("&English name:"), m_labelEn);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("&Weak keywords:"), m_weakKeywords);

    m_save = new QPushButton(tr("&Save Changes"), this);
    m_save->setObjectName(QStringLiteral("saveTheme"));
    m_newZh = new QLineEdit(this);
    m_newZh->setObjectName(QStringLiteral("newThemeLabelZh"));
    m_newZh->setPlaceholderText(tr("Chinese name"));
    m_newEn = new QLineEdit(this);
    m_newEn->setObjectName(QStringLiteral("newThemeLabelEn"));
    m_newEn->setPlaceholderText(tr("English name"));
    m_newKeywords = new QLineEdit(this);
    m_newKeywords->setObjectName(QStringLiteral("newThemeKeywords"));
    m_newKeywords->setPlaceholderText(tr("Keywords, separated by commas"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addTheme"));
    m_add->setToolTip(tr("Add a sub-theme under the selected Media Topic (or under the selected "
                         "sub-theme's topic)"));
    m_retire = new QPushButton(tr("&Retire"), this);
    m_retire->setObjectName(QStringLiteral("retireTheme"));
    m_mergeTarget = new QComboBox(this);
    m_mergeTarget->setObjectName(QStringLiteral("mergeTarget"));
    m_merge = new QPushButton(tr("&Merge Into"), this);
    m_merge->setObjectName(QStringLiteral("mergeTheme"));
    m_merge->setToolTip(tr("Retire this sub-theme; its keywords and its stories' tags go to the "
                           "chosen theme"));
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(m_retire);
    editButtons->addStretch(1);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_merge);
    mergeRow->addWidget(m_mergeTarget, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("taxonomyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(editButtons);
    right->addLayout(mergeRow);
    auto *newBox = new QGroupBox(tr("New sub-theme"), this);
    auto *newLayout = new QGridLayout(newBox);
    newLayout->addWidget(m_newZh, 0, 0);
    newLayout->addWidget(m_newEn, 0, 1);
    newLayout->addWidget(m_newKeywords, 1, 0);
    newLayout->addWidget(m_add, 1, 1);
    right->addWidget(newBox);
    right->addWidget(m_message);
    auto *body = new QHBoxLayout;
    body->addWidget(m_tree, 3);
    body->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TaxonomyDialog::showCurrent);
    connect(m_add, &QPushButton::clicked, this, &TaxonomyDialog::addTheme);
    connect(m_save, &QPushButton::clicked, this, &TaxonomyDialog::saveTheme);
    connect(m_merge, &QPushButton::clicked, this, &TaxonomyDialog::mergeTheme);
    connect(m_retire, &QPushButton::clicked, this, &TaxonomyDialog::toggleRetired);
    connect(cache, &TagCache::taxonomyChanged, this, &TaxonomyDialog::rebuild);
    connect(cache, &TagCache::archiveReset, this, &TaxonomyDialog::rebuild);
    rebuild();
}

void TaxonomyDialog::rebuild()
{
    const QString current = currentCode();
    m_tree->clear();
    m_mergeTarget->clear();
    if (!m_cache)
        return;
    const Tagging::Taxonomy &taxonomy = m_cache->taxonomy();
    for (const Tagging::Theme &topic : taxonomy.topics()) {
        auto *top = new QTreeWidgetItem(m_tree, {topic.labelZh, topic.labelEn, topic.code});
        top->setData(0, CodeRole, topic.code);
        m_mergeTarget->addItem(topic.labelZh, topic.code);
        for (const Tagging::Theme &theme : taxonomy.children(topic.code, true)) {
            QString label = theme.labelZh;
            if (!theme.mergedInto.isEmpty())
                label = tr("%1 (merged into %2)").arg(label, taxonomy.label(theme.mergedInto));
            else if (theme.retired)
                label = tr("%1 (retired)").arg(label);
            auto *item = new QTreeWidgetItem(top, {label, theme.labelEn, theme.code});
            item->setData(0, CodeRole, theme.code);
            if (theme.retired) {
                QFont font = item->font(0);
                font.setItalic(true);
                item->setFont(0, font);
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            } else {
                m_mergeTarget->addItem(QStringLiteral("    ") + theme.labelZh, theme.code);
            }
        }
    }
    m_tree->expandAll();
    if (!selectTheme(current) && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showCurrent();
}

bool TaxonomyDialog::selectTheme(const QString &code)
{
    if (code.isEmpty())
        return false;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, CodeRole).toString() == code) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString TaxonomyDialog::currentCode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, CodeRole).toString() : QString();
}

void TaxonomyDialog::showCurrent()
{
    const Tagging::Theme *theme = m_cache ? m_cache->taxonomy().find(currentCode()) : nullptr;
    const bool writable = m_cache && !m_cache->isReadOnly();
    m_labelZh->setText(theme ? theme->labelZh : QString());
    m_labelEn->setText(theme ? theme->labelEn : QString());
    m_keywords->setPlainText(theme ? theme->keywords.join(QLatin1Char('\n')) : QString());
    m_weakKeywords->setPlainText(theme ? theme->weakKeywords.join(QLatin1Char('\n')) : QString());
    const bool subTheme = theme && !theme->isTopic();
    // Media Topics keep IPTC's names; only their keywords change.
    m_labelZh->setReadOnly(!subTheme);
    m_labelEn->setReadOnly(!subTheme);
    m_save->setEnabled(writable && theme && !theme->retired);
    m_add->setEnabled(writable && theme);
    m_merge->setEnabled(writable && subTheme && !theme->retired);
    m_mergeTarget->setEnabled(writable && subTheme && !theme->retired);
    m_retire->setEnabled(writable && subTheme && theme->mergedInto.isEmpty());
    m_retire->setText(theme && theme->retired ? tr("&Restore") : tr("&Retire"));
}

void TaxonomyDialog::report(const QString &error, const QString &done)
{
    m_message->setText(error.isEmpty() ? done : error);
}

void TaxonomyDialog::addTheme()
{
    const Tagging::Theme *theme = m_cache->taxonomy().find(currentCode());
    if (!theme)
        return;
    const QString topic = theme->isTopic() ? theme->code : theme->parent;
    auto code = m_cache->addTheme(topic, m_newZh->text(), splitKeywords(m_newKeywords->text()),
                                  m_newEn->text());
    if (!code) {
        report(code.error());
        return;
    }
    m_newZh->clear();
    m_newEn->clear();
    m_newKeywords->clear();
    selectTheme(code.value());
    report({}, tr("Added %1.").arg(m_cache->themeLabel(code.value())));
}

void TaxonomyDialog::saveTheme()
{
    const QString code = currentCode();
    const Tagging::Theme *theme = m_cache->taxonomy().find(code);
    if (!theme)
        return;
    if (!theme->isTopic() && (m_labelZh->text().trimmed() != theme->labelZh
                              || m_labelEn->text().trimmed() != theme->labelEn)) {
        if (Status s = m_cache->renameTheme(code, m_labelZh->text(), m_labelEn->text()); !s) {
            report(s.error());
            return;
        }
    }
    if (Status s = m_cache->setKeywords(code, splitKeywords(m_keywords->toPlainText()),
                                        splitKeywords(m_weakKeywords->toPlainText()));
        !s) {
        report(s.error());
        return;
    }
    report({}, tr("Saved %1.").arg(m_cache->themeLabel(code)));
}

void TaxonomyDialog::mergeTheme()
{
    const QString from = currentCode();
    const QString into = m_mergeTarget->currentData().toString();
    const QString fromLabel = m_cache->themeLabel(from);
    if (Status s = m_cache->mergeThemes(from, into); !s) {
        report(s.error());
        return;
    }
    selectTheme(into);
    report({}, tr("Merged %1 into %2.").arg(fromLabel, m_cache->themeLabel(into)));
}

void TaxonomyDialog::toggleRetired()
{
    const QString code = currentCode();
    const Tagging::Theme *theme = m_cache->taxonomy().find(code);
    if (!theme)
        return;
    const bool restore = theme->retired;
    const Status s = restore ? m_cache->restoreTheme(code) : m_cache->retireTheme(code);
    if (!s) {
        report(s.error());
        return;
    }
    report({}, restore ? tr("Restored %1.").arg(m_cache->themeLabel(code))
                       : tr("Retired %1.").arg(m_cache->themeLabel(code)));
}

} // namespace Copydesk
