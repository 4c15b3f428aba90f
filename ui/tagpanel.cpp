// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagpanel.h"

#include "districtpicker.h"
#include "models/archivecache.h"
#include "models/tagcache.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QListWidgetItem *header(const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}
} // namespace

TagPanel::TagPanel(TagCache *tags, ArchiveCache *archive, QWidget *parent)
    : QWidget(parent), m_tags(tags), m_archive(archive)
{
    setObjectName(QStringLiteral("tagPanel"));
    m_headline = wrappingLabel(QStringLiteral("tagStoryHeadline"), this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    auto *districtBox = new QGroupBox(tr("District"), this);
    m_confirmedDistrict = wrappingLabel(QStringLiteral("confirmedDistrict"), districtBox);
    m_suggestedDistrict = wrappingLabel(QStringLiteral("suggestedDistrict"), districtBox);
    m_confirmSuggestion = new QPushButton(tr("Confirm &Suggestion"), districtBox);
    m_confirmSuggestion->setObjectName(QStringLiteral("confirmSuggestedDistrict"));
    m_picker = new DistrictPicker(tags, districtBox);
    m_confirmPicked = new QPushButton(tr("Confirm &Picked District"), districtBox);
    m_confirmPicked->setObjectName(QStringLiteral("confirmPickedDistrict"));
    auto *districtLayout = new QVBoxLayout(districtBox);
    districtLayout->addWidget(m_confirmedDistrict);
    districtLayout->addWidget(m_suggestedDistrict);
    districtLayout->addWidget(m_confirmSuggestion, 0, Qt::AlignLeft);
    districtLayout->addWidget(m_picker, 1);
    districtLayout->addWidget(m_confirmPicked, 0, Qt::AlignLeft);

    auto *themeBox = new QGroupBox(tr("Themes"), this);
    m_themes = new QListWidget(themeBox);
    m_themes->setObjectName(QStringLiteral("themeChecklist"));
    m_themes->setAccessibleName(tr("Themes of the story"));
    m_confirmThemes = new QPushButton(tr("Confirm &Checked Themes"), themeBox);
    m_confirmThemes->setObjectName(QStringLiteral("confirmThemes"));
    m_confirmThemes->setToolTip(tr("The checked themes become the story's confirmed themes, "
                                   "in list order (the first Media Topic is the primary)"));
    m_suggestAgain = new QPushButton(tr("Suggest &Again"), themeBox);
    m_suggestAgain->setObjectName(QStringLiteral("suggestAgain"));
    m_suggestAgain->setToolTip(tr("Suggest district and themes again from the current text; "
                                  "confirmed tags stay"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmThemes);
    buttons->addWidget(m_suggestAgain);
    buttons->addStretch(1);
    auto *themeLayout = new QVBoxLayout(themeBox);
    themeLayout->addWidget(m_themes, 1);
    themeLayout->addLayout(buttons);

    m_message = wrappingLabel(QStringLiteral("tagMessage"), this);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(districtBox, 3);
    layout->addWidget(themeBox, 2);
    layout->addWidget(m_message);

    connect(m_confirmSuggestion, &QPushButton::clicked, this, &TagPanel::confirmSuggestedDistrict);
    connect(m_confirmPicked, &QPushButton::clicked, this, &TagPanel::confirmPickedDistrict);
    connect(m_picker, &DistrictPicker::districtActivated, this, &TagPanel::confirmPickedDistrict);
    connect(m_picker, &DistrictPicker::selectionChanged, this, &TagPanel::updateButtons);
    connect(m_confirmThemes, &QPushButton::clicked, this, &TagPanel::confirmCheckedThemes);
    connect(m_suggestAgain, &QPushButton::clicked, this, &TagPanel::suggestAgain);
    connect(tags, &TagCache::tagsChanged, this, &TagPanel::handleTagsChanged);
    connect(tags, &TagCache::taxonomyChanged, this, &TagPanel::refresh);
    connect(tags, &TagCache::archiveReset, this, [this] { setStoryId(0); });
    refresh();
}

void TagPanel::setStoryId(qint64 storyId)
{
    m_storyId = storyId;
    m_message->hide();
    refresh();
}

void TagPanel::handleTagsChanged(qint64 storyId)
{
    if (storyId == 0 || storyId == m_storyId)
        refresh();
}

void TagPanel::refresh()
{
    m_suggestedCode.clear();
    m_suggestedPath.clear();
    m_suggestedReason.clear();
    const std::optional<StoryTagSet> tags = m_tags ? m_tags->tags(m_storyId) : std::nullopt;
    if (m_storyId <= 0 || !tags) {
        m_headline->setText(tr("No story selected"));
        m_confirmedDistrict->clear();
        m_suggestedDistrict->clear();
        m_themes->clear();
        updateButtons();
        return;
    }
    const std::optional<StoryRecord> story = m_archive ? m_archive->story(m_storyId) : std::nullopt;
    m_headline->setText(story && !story->summary.headline.isEmpty() ? story->summary.headline
                                                                    : tr("(no headline)"));
    const std::optional<DistrictTag> &district = tags->district;
    if (district && district->confirmed) {
        m_confirmedDistrict->setText(tr("Confirmed: %1").arg(district->path));
        // What tagging would say now, if it says something else.
        if (const auto fresh = m_tags->suggest(m_storyId);
            fresh && fresh->district && fresh->district->code != district->code) {
            m_suggestedCode = fresh->district->code;
            m_suggestedPath = fresh->district->path;
            m_suggestedReason = fresh->district->reason;
        }
    } else {
        m_confirmedDistrict->setText(tr("Confirmed: none yet"));
        if (district) {
            m_suggestedCode = district->code;
            m_suggestedPath = district->path;
            m_suggestedReason = district->reason;
        }
    }
    if (m_suggestedCode.isEmpty())
        m_suggestedDistrict->setText(tr("Suggested: none"));
    else if (m_suggestedReason.isEmpty())
        m_suggestedDistrict->setText(tr("Suggested: %1").arg(m_suggestedPath));
    else
        m_suggestedDistrict->setText(
            tr("Suggested: %1 (%2)").arg(m_suggestedPath, m_suggestedReason));
    fillThemes();
    updateButtons();
}

void TagPanel::fillThemes()
{
    m_themes->clear();
    const std::optional<StoryTagSet> tags = m_tags->tags(m_storyId);
    if (!tags)
        return;
    const Tagging::Taxonomy &taxonomy = m_tags->taxonomy();
    QStringList listed;
    auto addTheme = [&](const QString &code, const QString &label, const QString &note,
                        bool checked) {
        auto *item = new QListWidgetItem(note.isEmpty() ? label
                                                        : tr("%1 — %2").arg(label, note));
        item->setData(CodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(code);
        m_themes->addItem(item);
        listed << code;
    };
    QVector<ThemeTag> confirmed;
    QVector<ThemeTag> suggested;
    for (const ThemeTag &t : tags->themes)
        (t.confirmed ? confirmed : suggested).append(t);
    if (!confirmed.isEmpty()) {
        m_themes->addItem(header(tr("Confirmed")));
        for (int i = 0; i < confirmed.size(); ++i)
            addTheme(confirmed[i].code, confirmed[i].label, i == 0 ? tr("primary") : QString(),
                     true);
    }
    if (!suggested.isEmpty()) {
        m_themes->addItem(header(tr("Suggested")));
        for (int i = 0; i < suggested.size(); ++i) {
            const QString note = confirmed.isEmpty() && i == 0
                                     ? tr("primary, score %1").arg(suggested[i].score, 0, 'f', 1)
                                     : tr("score %1").arg(suggested[i].score, 0, 'f', 1);
            // Suggestions start checked only while nothing is confirmed.
            addTheme(suggested[i].code, suggested[i].label, note, confirmed.isEmpty());
        }
    }
    m_themes->addItem(header(tr("Other themes")));
    for (const Tagging::Theme &topic : taxonomy.topics()) {
        if (!listed.contains(topic.code))
            addTheme(topic.code, topic.labelZh, QString(), false);
        for (const Tagging::Theme &theme : taxonomy.children(topic.code)) {
            if (!listed.contains(theme.code))
                addTheme(theme.code, QStringLiteral("    ") + theme.labelZh, QString(), false);
        }
    }
}

void TagPanel::updateButtons()
{
    const bool writable = m_tags && !m_tags->isReadOnly() && m_storyId > 0;
    m_confirmSuggestion->setEnabled(writable && !m_suggestedCode.isEmpty());
    m_confirmPicked->setEnabled(writable && !m_picker->selectedCode().isEmpty());
    m_confirmThemes->setEnabled(writable);
    m_suggestAgain->setEnabled(writable);
    m_picker->setEnabled(m_storyId > 0);
}

void TagPanel::report(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void TagPanel::confirmSuggestedDistrict()
{
    if (m_suggestedCode.isEmpty())
        return;
    const Status s = m_tags->confirmDistrict(
        m_storyId, DistrictTag{m_suggestedPath, m_suggestedCode, true, m_suggestedReason});
    report(s ? QString() : s.error());
}

void TagPanel::confirmPickedDistrict()
{
    const QString code = m_picker->selectedCode();
    if (code.isEmpty() || !m_tags || m_tags->isReadOnly() || m_storyId <= 0)
        return;
    const Status s = m_tags->confirmDistrict(
        m_storyId, DistrictTag{m_picker->selectedPath(), code, true, tr("chosen by an editor")});
    if (s)
        m_picker->clear();
    report(s ? QString() : s.error());
}

void TagPanel::confirmCheckedThemes()
{
    QVector<ThemeTag> themes;
    for (int row = 0; row < m_themes->count(); ++row) {
        const QListWidgetItem *item = m_themes->item(row);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() != Qt::Checked)
            continue;
        const QString code = item->data(CodeRole).toString();
        themes.append(ThemeTag{code, m_tags->themeLabel(code), true, 0});
    }
    // Media Topics ahead of sub-themes, each group in list order: the primary is the first
    // checked topic.
    std::stable_partition(themes.begin(), themes.end(), [](const ThemeTag &t) {
        return t.code.startsWith(QLatin1String("medtop:"));
    });
    const Status s = m_tags->confirmThemes(m_storyId, themes);
    report(s ? QString() : s.error());
}

void TagPanel::suggestAgain()
{
    const Status s = m_tags->resuggest(m_storyId);
    report(s ? QString() : s.error());
}

} // namespace Copydesk
