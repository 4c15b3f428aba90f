// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "proofing/housestyle.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace Copydesk {

class ArchiveCache;

// Edits the editor's own preferences (AppSettings: the name recorded with every change, the
// import size limit) and the desk settings kept in the open archive (duplicate threshold,
// boilerplate length, spelling language) and the desk's house-style profile (table
// style_profiles: pick one of the publication profiles or name a new one, edit its options;
// the chosen one becomes the desk's default), which every editor of that archive shares. The
// archive part is read-only when no archive is open or it is open read-only. Saves on accept;
// a failed archive write keeps the dialog open and says why. GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ArchiveCache *cache = nullptr, QWidget *parent = nullptr);

    void accept() override;

    // The options the house-style controls show now.
    Proofing::HouseStyleProfile houseStyle() const;

private:
    QGroupBox *createDeskGroup();
    QGroupBox *createHouseStyleGroup();
    void showHouseStyle(const Proofing::HouseStyleProfile &profile);
    void handleProfileChosen(int index);
    Status saveHouseStyle();

    QPointer<ArchiveCache> m_cache;
    QLineEdit *m_userName = nullptr;
    QSpinBox *m_maxImport = nullptr;
    QGroupBox *m_desk = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_boilerplate = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_houseStyle = nullptr;
    QComboBox *m_profile = nullptr;
    QCheckBox *m_fullWidth = nullptr;
    QCheckBox *m_ellipsisDash = nullptr;
    QCheckBox *m_curlyQuotes = nullptr;
    QCheckBox *m_cornerBrackets = nullptr;
    QComboBox *m_spacing = nullptr;
    QCheckBox *m_collapseSpaces = nullptr;
    QCheckBox *m_applyOnImport = nullptr;
    QString m_initialProfile; // the desk's default when the dialog opened
    Proofing::HouseStyleProfile m_initialStyle;
};

} // namespace Copydesk
