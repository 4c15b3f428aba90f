// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include "common/types.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTextCursor;
class QTextDocument;
class QTimer;
class QUndoStack;

namespace Copydesk {

class ArchiveCache;
class ParagraphListModel;
class ProblemsPanel;
struct Problem;
class SpellHighlighter;
class StoryBodyEdit;

namespace Commands {
class StorySession;
}
namespace Proofing {
class Proofreader;
} // namespace Proofing

// The story editor: kicker, headline and byline as line edits, the body as editable text (one
// block per paragraph) underlined by a SpellHighlighter, and the Problems panel under it.
// Keeps one Commands::StorySession per story opened (owned; dropped when the archive changes),
// each on the story's QUndoStack, which the window owns and hands over with the story (or
// through the stack provider, for stories the panel opens itself: accepting a kind on the
// page). Owns the GUI thread's Proofreader (hunspell for the desk's spelling language) and the
// session's list of ignored flags. Field edits are stored when a line edit is left; typing is
// autosaved by the session and stored when the editor leaves the story (commitEdits()).
// GUI thread.
class StoryPanel : public QWidget
{
    Q_OBJECT
Q_SIGNALS:
    // The Problems panel wants to show a spot in another story of the page.
    void storyRequested(qint64 pageId, qint64 storyId);

public:
    using StackProvider = std::function<QUndoStack *(qint64 storyId)>;

    StoryPanel(ArchiveCache *cache, ParagraphListModel *paragraphs, QWidget *parent = nullptr);
    ~StoryPanel() override;

    // Stores what was edited in the story shown so far, then shows `storyId` (0: none)
    // editing it on `stack`.
    void setStory(qint64 storyId, QUndoStack *stack);
    // Same, with the stack from the provider.
    void setStoryId(qint64 storyId);
    void setStackProvider(StackProvider provider) { m_stackProvider = std::move(provider); }
    qint64 storyId() const { return m_storyId; }
    void setEditable(bool editable);

    // Stores field edits and typing of the story shown (leaving it, closing, exporting).
    void commitEdits();

    // Normalises the body of the story shown to the desk's house style (the newspaper
    // defaults when the desk has none): one undo step and one revision. Returns how many
    // changes were made, or the error.
    Result<int> applyHouseStyle();

    // Chooses the spelling language of the story shown (empty: its page's or the desk's) and
    // checks it again with that dictionary.
    Status setStoryLanguage(const QString &language);

    Commands::StorySession *currentSession() const;
    SpellHighlighter *currentHighlighter() const;
    // The proofreader of the story's spelling language (its own, its page's or the desk's),
    // with the archive's personal dictionary and errata loaded. Owned, one per language.
    Proofing::Proofreader *proofreaderFor(qint64 storyId);
    const Proofing::Proofreader *proofreader() { return proofreaderFor(m_storyId); }

    // Applies a flag's correction (`replacement`) through the session: one undo step, one
    // revision. `flag.paragraph` is the block.
    bool applyCorrection(const FlagDraft &flag, const QString &replacement, qint64 storyId = 0);
    // Accepts every flag of `kind` in every story of the current story's page, each story as
    // one undo step on its own stack. Returns how many were corrected. Not for spelling:
    // hunspell's first guess is no correction to apply unseen.
    int acceptKindOnPage(const QString &kind);
    void ignoreFlag(const FlagDraft &flag);
    // Confirms (accept) or dismisses an open flag stored by the import: one undo step.
    bool decideStoredFlag(qint64 flagId, bool accept, qint64 storyId = 0);
    // Accepts `word` for the current story's language everywhere and for good (archive).
    void addToDictionary(const QString &word);
    // Applies the correction and adds wrong -> right to the desk's errata table, so that
    // every later check flags `flag.text` too.
    bool applyAlways(const FlagDraft &flag, const QString &replacement);
    void showRevisions();

private:
    Commands::StorySession *sessionFor(qint64 storyId, QUndoStack *stack);
    SpellHighlighter *highlighterFor(Commands::StorySession *session);
    QVector<FlagDraft> flagsOf(Commands::StorySession *session);
    QVector<Problem> problemsOf(Commands::StorySession *session);
    QString replacementFor(const FlagDraft &flag, qint64 storyId);
    void handleArchiveReset();
    void handleStoryChanged(qint64 storyId);
    void handleFieldEditingFinished();
    void handleContextMenu(QMenu *menu, const QTextCursor &cursor);
    void handleProblemActivated(const Problem &problem);
    void refreshProblems();
    void recheckAll();
    void showFields();
    void showInfo();
    void updateDraftBanner();

    QPointer<ArchiveCache> m_cache;
    qint64 m_storyId = 0;
    bool m_editable = true;
    bool m_typing = false; // the last cursor move came with an edit
    StackProvider m_stackProvider;
    QHash<qint64, Commands::StorySession *> m_sessions;                       // owned
    std::map<QString, std::unique_ptr<Proofing::Proofreader>> m_proofreaders; // by language
    QHash<qint64, QString> m_languages;                                       // by story id
    QSet<QString> m_ignored;

    QLineEdit *m_kicker = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_byline = nullptr;
    QLabel *m_info = nullptr;
    QWidget *m_draftBanner = nullptr;
    QLabel *m_draftLabel = nullptr;
    QPushButton *m_revisionsButton = nullptr;
    StoryBodyEdit *m_body = nullptr;
    QTextDocument *m_emptyDocument = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QTimer *m_problemsTimer = nullptr;
};

} // namespace Copydesk
