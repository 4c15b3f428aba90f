// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace Copydesk {

class ArchiveCache;

// Edits the editor's own preferences (AppSettings: the name recorded with every change, the
// import size limit) and the desk settings kept in the open archive (duplicate threshold,
// boilerplate length, spelling language), which every editor of that archive shares. The
// archive part is read-only when no archive is open or it is open read-only. Saves on accept;
// a failed archive write keeps the dialog open and says why. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ArchiveCache *cache = nullptr, QWidget *parent = nullptr);

    void accept() override;

private:
    QGroupBox *createDeskGroup();

    QPointer<ArchiveCache> m_cache;
    QLineEdit *m_userName = nullptr;
    QSpinBox *m_maxImport = nullptr;
    QGroupBox *m_desk = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_boilerplate = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Copydesk
