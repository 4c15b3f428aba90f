// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storytitledelegate.h"

#include "models/storylistmodel.h"

namespace Copydesk {

void StoryTitleDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(StoryListModel::HasHeadlineRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace Copydesk
