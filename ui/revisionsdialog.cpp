// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionsdialog.h"

#include "models/archivecache.h"
#include "storage/storyrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
enum Column
{
    TimeColumn,
    AuthorColumn,
    ActionColumn
};
constexpr int RevisionIdRole = Qt::UserRole;
constexpr int SnapshotRole = Qt::UserRole + 1;
} // namespace

RevisionsDialog::RevisionsDialog(ArchiveCache *cache, qint64 storyId, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_storyId(storyId)
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Revisions of Story %1").arg(storyId));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setHeaderLabels({tr("Time"), tr("Author"), tr("Action")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AuthorColumn, QHeaderView::ResizeToContents);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("revisionPreview"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreRevisionButton"));
    m_restore->setToolTip(tr("Make this text current again; the change is a new revision "
                             "and can be undone"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT restoreRequested(m_storyId, item->data(0, RevisionIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RevisionsDialog::showSelected);
    if (cache) {
        connect(cache, &ArchiveCache::storyChanged, this, [this](qint64 id) {
            if (id == m_storyId)
                reload();
        });
        connect(cache, &ArchiveCache::archiveReset, this, &QDialog::reject);
    }
    reload();
}

int RevisionsDialog::revisionCount() const
{
    return m_list->topLevelItemCount();
}

bool RevisionsDialog::selectRevision(qint64 revisionId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, RevisionIdRole).toLongLong() == revisionId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void RevisionsDialog::reload()
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, RevisionIdRole).toLongLong() : 0;
    m_list->clear();
    if (!m_cache)
        return;
    const auto revisions = m_cache->revisions(m_storyId);
    m_error->setVisible(!revisions.ok());
    if (!revisions) {
        m_error->setText(tr("The revisions cannot be read: %1").arg(revisions.error()));
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (auto it = revisions->crbegin(); it != revisions->crend(); ++it) {
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn,
                      QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(TimeColumn, it->createdAt.toLocalTime().toString(Qt::ISODate));
        item->setText(AuthorColumn, it->author);
        item->setText(ActionColumn, it->action);
        item->setData(0, RevisionIdRole, it->id);
        item->setData(0, SnapshotRole, it->snapshot);
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (!selectRevision(selected) && !items.isEmpty())
        m_list->setCurrentItem(items.first());
    showSelected();
}

void RevisionsDialog::showSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item && m_cache && !m_cache->isReadOnly() &&
                          m_list->indexOfTopLevelItem(item) > 0);
    if (!item) {
        m_preview->clear();
        return;
    }
    const auto content = StoryRepository::parseSnapshot(item->data(0, SnapshotRole).toByteArray());
    if (!content) {
        m_preview->setPlainText(tr("This revision cannot be read."));
        return;
    }
    QString html;
    if (!content->fields.kicker.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(content->fields.kicker.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(content->fields.headline.toHtmlEscaped());
    if (!content->fields.byline.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(content->fields.byline.toHtmlEscaped());
    for (const QString &p : content->paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    m_preview->setHtml(html);
}

} // namespace Copydesk
