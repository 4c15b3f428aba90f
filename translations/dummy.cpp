// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Carries the compiled translations (:/i18n/copydesk_*.qm); no code.
