// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/types.h"

#include <QVector>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Copydesk {

// The Problems panel under the story editor: every flag the checks find in the story being
// edited (kind, text, suggestion, paragraph), in reading order. Keyboard first: arrows move,
// Enter jumps to the spot in the editor, Alt+A accepts the suggestion, Alt+I ignores the
// flag, Alt+K accepts every flag of the selected kind on the page. The panel only shows and
// asks; the story panel does the work through the story's session. GUI thread.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const QVector<FlagDraft> &flags);
    const QVector<FlagDraft> &problems() const { return m_flags; }
    void setEditable(bool editable);
    // The selected flag's row (-1: none) and selecting one.
    int currentRow() const;
    void setCurrentRow(int row);

Q_SIGNALS:
    void problemActivated(const Copydesk::FlagDraft &flag);
    void acceptRequested(const Copydesk::FlagDraft &flag);
    void ignoreRequested(const Copydesk::FlagDraft &flag);
    void acceptKindRequested(const QString &kind);

private:
    void updateButtons();
    std::optional<FlagDraft> current() const;

    QVector<FlagDraft> m_flags;
    bool m_editable = true;
    QTreeWidget *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_ignore = nullptr;
    QPushButton *m_acceptKind = nullptr;
};

} // namespace Copydesk
