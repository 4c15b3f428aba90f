// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QVector>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Copydesk {

// One line of the Problems panel: a flag the checks found in the text just now (flagId 0), or
// an open flag stored in the archive by the import (duplicates, joins, doubled characters…).
struct Problem : FlagDraft
{
    qint64 flagId = 0;
    qint64 storyId = 0;
    QString storyTitle; // shown when the panel lists the whole page
};

// The Problems panel under the story editor: every flag the checks find in the story being
// edited, or in every story of its page, and the open flags the import stored (kind, text,
// suggestion, story, paragraph), in reading order. Keyboard first: arrows move,
// Enter jumps to the spot in the editor, Alt+A accepts the suggestion, Alt+I ignores the
// flag, Alt+K accepts every flag of the selected kind on the page. The panel only shows and
// asks; the story panel does the work through the story's session. GUI thread.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const QVector<Problem> &problems);
    const QVector<Problem> &problems() const { return m_flags; }
    void setEditable(bool editable);
    // Whether the panel lists the whole page rather than the story being edited.
    bool pageScope() const;
    void setPageScope(bool page);
    // The selected flag's row (-1: none) and selecting one.
    int currentRow() const;
    void setCurrentRow(int row);

Q_SIGNALS:
    void problemActivated(const Copydesk::Problem &problem);
    void acceptRequested(const Copydesk::Problem &problem);
    void ignoreRequested(const Copydesk::Problem &problem);
    void acceptKindRequested(const QString &kind);
    void scopeChanged();

private:
    void updateButtons();
    std::optional<Problem> current() const;

    QVector<Problem> m_flags;
    bool m_editable = true;
    QTreeWidget *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_ignore = nullptr;
    QPushButton *m_acceptKind = nullptr;
};

} // namespace Copydesk
