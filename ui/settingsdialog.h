// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Copydesk {

// Edits the editor's own preferences (AppSettings): the name recorded with every change and
// the import size limit. Saves on accept. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QLineEdit *m_userName = nullptr;
    QSpinBox *m_maxImport = nullptr;
};

} // namespace Copydesk
