// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysession.h"

#include "documenteditcommand.h"
#include "editstoryfieldscommand.h"
#include "models/archivecache.h"
#include "setdocumentfieldscommand.h"
#include "storage/storyrepository.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Copydesk::Commands {

namespace {
StoryRepository::Fields toRepository(const StoryDocument::Fields &f)
{
    return {f.kicker, f.headline, f.byline};
}

StoryDocument::Fields toDocument(const StorySummary &s)
{
    return {s.kicker, s.headline, s.byline};
}

QStringList paragraphTexts(const StoryRecord &story)
{
    QStringList out;
    for (const ParagraphRecord &p : story.paragraphs)
        out << p.text;
    return out;
}

QTimer *singleShotTimer(QObject *parent)
{
    auto *timer = new QTimer(parent);
    timer->setSingleShot(true);
    return timer;
}
} // namespace

StorySession::StorySession(ArchiveCache *cache, qint64 storyId, QUndoStack *stack,
                           const QString &author, QObject *parent)
    : QObject(parent), m_cache(cache), m_storyId(storyId), m_stack(stack), m_author(author),
      m_document(new StoryDocument(storyId, this)), m_idleTimer(singleShotTimer(this)),
      m_maxTimer(singleShotTimer(this)), m_commitTimer(singleShotTimer(this))
{
    Q_ASSERT(cache && stack);
    connect(m_document->body(), &QTextDocument::undoCommandAdded, this,
            &StorySession::handleUndoCommandAdded);
    connect(m_document, &StoryDocument::contentChanged, this, &StorySession::handleContentChanged);
    connect(m_stack, &QUndoStack::indexChanged, this, &StorySession::handleStackIndexChanged);
    connect(cache, &ArchiveCache::storyChanged, this, &StorySession::handleStoryChanged);
    for (QTimer *timer : {m_idleTimer, m_maxTimer})
        connect(timer, &QTimer::timeout, this, [this] { (void)saveDraft(); });
    connect(m_commitTimer, &QTimer::timeout, this, [this] { (void)commit(); });
    m_lastIndex = m_stack->index();
}

StorySession::~StorySession() = default;

bool StorySession::load()
{
    if (!m_cache)
        return false;
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    if (!story)
        return false;
    m_savedFields = toDocument(story->summary);
    m_savedParagraphs = paragraphTexts(*story);
    m_document->load(m_savedFields, m_savedParagraphs);
    stopTimers();

    const std::optional<DraftRepository::Draft> draft = m_cache->draft(m_storyId);
    if (!draft)
        return true;
    const QDateTime lastRevision = m_cache->lastRevisionAt(m_storyId);
    const auto content = StoryRepository::parseSnapshot(draft->snapshot);
    const bool newer = !lastRevision.isValid() || draft->savedAt >= lastRevision;
    if (!content || !newer) {
        (void)m_cache->removeDraft(m_storyId); // stored as a revision already
        return true;
    }
    const StoryDocument::Fields fields{content->fields.kicker, content->fields.headline,
                                       content->fields.byline};
    if (fields == m_savedFields && content->paragraphs == m_savedParagraphs) {
        (void)m_cache->removeDraft(m_storyId);
        return true;
    }
    pushAction(tr("Recover autosaved text"), [&] {
        m_document->replaceParagraphs(content->paragraphs);
        if (fields != m_document->fields())
            m_stack->push(new SetDocumentFieldsCommand(m_document, m_document->fields(), fields));
    });
    m_recoveredAt = draft->savedAt;
    m_commitTimer->start(m_timing.commitPauseMs);
    Q_EMIT recoveredDraftChanged();
    return true;
}

bool StorySession::isModified() const
{
    return m_document->fields() != m_savedFields || m_document->paragraphs() != m_savedParagraphs;
}

void StorySession::discardRecoveredDraft()
{
    if (!m_recoveredAt.isValid())
        return;
    m_recoveredAt = QDateTime();
    if (m_cache)
        (void)m_cache->removeDraft(m_storyId);
    ++m_busy;
    if (m_stack)
        m_stack->clear();
    m_document->load(m_savedFields, m_savedParagraphs);
    --m_busy;
    stopTimers();
    m_lastIndex = m_stack ? m_stack->index() : 0;
    Q_EMIT recoveredDraftChanged();
}

QByteArray StorySession::snapshot() const
{
    return StoryRepository::snapshot(
        StoryRepository::Content{toRepository(m_document->fields()), m_document->paragraphs()});
}

void StorySession::stopTimers()
{
    m_idleTimer->stop();
    m_maxTimer->stop();
    m_commitTimer->stop();
}

Status StorySession::saveDraft()
{
    m_idleTimer->stop();
    m_maxTimer->stop();
    if (!m_cache)
        return failure(tr("The archive is closed."));
    if (!isModified())
        return success();
    Status s = m_cache->saveDraft(m_storyId, snapshot(), m_author);
    if (s)
        Q_EMIT draftSaved();
    return s;
}

Status StorySession::commit(const QString &action)
{
    stopTimers();
    if (!m_cache)
        return failure(tr("The archive is closed."));
    if (!isModified()) {
        if (m_recoveredAt.isValid()) { // recovered text undone: nothing left to keep
            m_recoveredAt = QDateTime();
            (void)m_cache->removeDraft(m_storyId);
            Q_EMIT recoveredDraftChanged();
        }
        return success();
    }
    QString name = action;
    if (name.isEmpty())
        name = m_recoveredAt.isValid() ? QStringLiteral("recover autosaved text")
                                       : QStringLiteral("edit text");
    const StoryDocument::Fields fields = m_document->fields();
    const QStringList paragraphs = m_document->paragraphs();
    if (Status s =
            m_cache->updateStory(m_storyId, toRepository(fields), paragraphs, m_author, name);
        !s)
        return s;
    m_savedFields = fields;
    m_savedParagraphs = paragraphs;
    // The revision holds the text now; a failure here only leaves a stale draft that load()
    // recognises as older than the revision.
    (void)m_cache->removeDraft(m_storyId);
    if (m_stack)
        m_stack->setClean();
    if (m_recoveredAt.isValid()) {
        m_recoveredAt = QDateTime();
        Q_EMIT recoveredDraftChanged();
    }
    Q_EMIT committed(name);
    return success();
}

void StorySession::pushAction(const QString &text, const std::function<void()> &edit)
{
    ++m_busy;
    m_stack->beginMacro(text);
    m_commandText = text;
    edit();
    m_commandText.clear();
    m_stack->endMacro();
    --m_busy;
    m_lastIndex = m_stack->index();
}

Status StorySession::editFields(const StoryDocument::Fields &fields)
{
    if (!m_cache || !m_stack)
        return failure(tr("The archive is closed."));
    if (fields == m_document->fields())
        return success();
    if (Status s = commit(); !s)
        return s;
    ++m_busy;
    const Status s =
        Commands::editStoryFields(*m_stack, *m_cache, m_storyId, toRepository(fields), m_author);
    --m_busy;
    m_lastIndex = m_stack->index();
    return s;
}

Status StorySession::replaceText(const Replacement &replacement, const QString &action)
{
    return replaceAll({replacement},
                      tr("Replace “%1” with “%2”").arg(replacement.expected, replacement.text),
                      action);
}

Status StorySession::replaceAll(QVector<Replacement> replacements, const QString &commandText,
                                const QString &action)
{
    if (!m_cache || !m_stack)
        return failure(tr("The archive is closed."));
    // From the end, so earlier offsets stay valid.
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement &a, const Replacement &b) {
                  return a.block != b.block ? a.block > b.block : a.start > b.start;
              });
    for (int i = 0; i < replacements.size(); ++i) {
        const Replacement &r = replacements[i];
        if (m_document->blockText(r.block).mid(r.start, r.length) != r.expected)
            return failure(tr("The text has changed; “%1” is no longer there.").arg(r.expected));
        if (i > 0 && r.block == replacements[i - 1].block &&
            r.start + r.length > replacements[i - 1].start)
            return failure(tr("The corrections overlap."));
    }
    if (replacements.isEmpty())
        return success();
    if (Status s = commit(); !s)
        return s;
    pushAction(commandText, [&] {
        QTextCursor group(m_document->body());
        group.beginEditBlock(); // all replacements are one step of the document
        for (const Replacement &r : std::as_const(replacements))
            m_document->replaceText(r.block, r.start, r.length, r.text, r.expected);
        group.endEditBlock();
    });
    ++m_busy;
    const Status s = commit(action);
    --m_busy;
    return s;
}

Status StorySession::restoreRevision(qint64 revisionId)
{
    if (!m_cache || !m_stack)
        return failure(tr("The archive is closed."));
    auto revision = m_cache->revision(revisionId);
    if (!revision)
        return failure(revision.error());
    if (revision->storyId != m_storyId)
        return failure(tr("Revision %1 belongs to another story.").arg(revisionId));
    const auto content = StoryRepository::parseSnapshot(revision->snapshot);
    if (!content)
        return failure(tr("Revision %1 cannot be read.").arg(revisionId));
    if (Status s = commit(); !s)
        return s;
    const StoryDocument::Fields fields{content->fields.kicker, content->fields.headline,
                                       content->fields.byline};
    if (fields == m_document->fields() && content->paragraphs == m_document->paragraphs())
        return success();
    pushAction(
        tr("Restore revision of %1")
            .arg(QLocale().toString(revision->createdAt.toLocalTime(), QLocale::ShortFormat)),
        [&] {
            if (content->paragraphs != m_document->paragraphs())
                m_document->replaceParagraphs(content->paragraphs);
            if (fields != m_document->fields())
                m_stack->push(
                    new SetDocumentFieldsCommand(m_document, m_document->fields(), fields));
        });
    ++m_busy;
    const Status s = commit(QStringLiteral("restore revision %1").arg(revisionId));
    --m_busy;
    return s;
}

void StorySession::handleUndoCommandAdded()
{
    if (!m_stack)
        return;
    ++m_busy;
    m_stack->push(new DocumentEditCommand(m_document,
                                          m_commandText.isEmpty() ? tr("Typing") : m_commandText));
    --m_busy;
    m_lastIndex = m_stack->index();
}

void StorySession::handleContentChanged()
{
    if (!isModified()) {
        m_idleTimer->stop();
        m_maxTimer->stop();
        return;
    }
    m_idleTimer->start(m_timing.draftIdleMs);
    if (!m_maxTimer->isActive())
        m_maxTimer->start(m_timing.draftMaxMs);
    m_commitTimer->start(m_timing.commitPauseMs);
}

void StorySession::handleStackIndexChanged(int index)
{
    const int previous = m_lastIndex;
    m_lastIndex = index;
    // A cleared stack (the window dropping its history) is no undo.
    if (m_busy > 0 || !m_stack || index == previous || m_stack->count() == 0)
        return;
    // An undo or redo by the user: store its result at once.
    const QString action = index < previous
                               ? QStringLiteral("undo: %1").arg(m_stack->text(index))
                               : QStringLiteral("redo: %1").arg(m_stack->text(index - 1));
    (void)commit(action);
}

void StorySession::handleStoryChanged(qint64 storyId)
{
    if (storyId != m_storyId || !m_cache)
        return;
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    if (!story)
        return;
    const StoryDocument::Fields fields = toDocument(story->summary);
    const QStringList paragraphs = paragraphTexts(*story);
    const bool bodyWasSaved = m_document->paragraphs() == m_savedParagraphs;
    m_savedFields = fields;
    m_savedParagraphs = paragraphs;
    m_document->setFields(fields);
    if (m_document->paragraphs() != paragraphs && bodyWasSaved) {
        // Someone else changed the text (a review decision removed a paragraph): show it.
        // The typing steps on the stack stop applying (this may run inside a push or an
        // undo of the stack, so the stack itself is left alone).
        m_document->load(fields, paragraphs);
    }
}

} // namespace Copydesk::Commands
