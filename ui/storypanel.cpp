// SPDX-FileCopyrightText: 2026 Copydesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storypanel.h"

#include "appsettings.h"
#include "commands/reviewdecisioncommand.h"
#include "commands/storysession.h"
#include "flaglabels.h"
#include "models/archivecache.h"
#include "problemspanel.h"
#include "proofing/hunspelldictionary.h"
#include "proofing/housestyle.h"
#include "proofing/proofreader.h"
#include "revisionsdialog.h"
#include "spellhighlighter.h"
#include "storybodyedit.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Copydesk {

namespace {
constexpr int kMaxSuggestions = 8;
constexpr int kProblemsDelayMs = 250;

// Several candidates of a Chinese check come one per line in `detail` ('|' from older
// checks).
QStringList candidatesOf(const FlagDraft &flag)
{
    static const QRegularExpression separator(QStringLiteral("[\n|]"));
    QStringList candidates = flag.detail.split(separator, Qt::SkipEmptyParts);
    candidates.removeDuplicates();
    if (candidates.size() < 2)
        candidates = flag.suggestion.isNull() ? QStringList() : QStringList{flag.suggestion};
    return candidates;
}

QString actionName(const FlagDraft &flag, const QString &replacement)
{
    return QStringLiteral("accept %1: %2 → %3").arg(flag.kind, flag.text, replacement);
}
} // namespace

StoryPanel::StoryPanel(ArchiveCache *cache, ParagraphListModel *, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_emptyDocument(new QTextDocument(this)),
      m_problemsTimer(new QTimer(this))
{
    Q_ASSERT(cache);
    setObjectName(QStringLiteral("storyPanel"));

    m_kicker = new QLineEdit(this);
    m_kicker->setObjectName(QStringLiteral("kickerEdit"));
    m_kicker->setPlaceholderText(tr("No kicker"));
    m_headline = new QLineEdit(this);
    m_headline->setObjectName(QStringLiteral("headlineEdit"));
    m_headline->setPlaceholderText(tr("No headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_byline = new QLineEdit(this);
    m_byline->setObjectName(QStringLiteral("bylineEdit"));
    m_byline->setPlaceholderText(tr("No byline"));
    for (QLineEdit *edit : {m_kicker, m_headline, m_byline})
        connect(edit, &QLineEdit::editingFinished, this, &StoryPanel::handleFieldEditingFinished);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("storyInfoLabel"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_revisionsButton = new QPushButton(tr("Re&visions…"), this);
    m_revisionsButton->setObjectName(QStringLiteral("revisionsButton"));
    m_revisionsButton->setToolTip(tr("Every stored version of this story; restore any of them"));
    m_revisionsButton->setAutoDefault(false);
    connect(m_revisionsButton, &QPushButton::clicked, this, &StoryPanel::showRevisions);

    m_draftBanner = new QWidget(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_draftBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x40, 0x30, 0x00));
    m_draftBanner->setPalette(bannerPalette);
    m_draftLabel = new QLabel(m_draftBanner);
    m_draftLabel->setWordWrap(true);
    auto *discard = new QPushButton(tr("&Discard Recovered Text"), m_draftBanner);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    discard->setAutoDefault(false);
    connect(discard, &QPushButton::clicked, this, [this] {
        if (Commands::StorySession *session = currentSession())
            session->discardRecoveredDraft();
    });
    auto *bannerLayout = new QHBoxLayout(m_draftBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(m_draftLabel, 1);
    bannerLayout->addWidget(discard);
    m_draftBanner->hide();

    m_body = new StoryBodyEdit(this);
    m_body->setObjectName(QStringLiteral("paragraphView"));
    m_body->setAccessibleName(tr("Story text"));
    m_body->setPlaceholderText(tr("Select a story to edit it here."));
    QFont textFont = m_body->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_body->setFont(textFont);
    m_emptyDocument->setDocumentMargin(12);
    m_body->setDocument(m_emptyDocument);
    connect(m_body, &StoryBodyEdit::contextMenuAboutToShow, this, &StoryPanel::handleContextMenu);
    // The word being typed is not underlined until the cursor leaves it.
    connect(m_body, &QTextEdit::textChanged, this, [this] { m_typing = m_body->hasFocus(); });
    connect(m_body, &QTextEdit::cursorPositionChanged, this, [this] {
        if (SpellHighlighter *highlighter = currentHighlighter()) {
            const QTextCursor cursor = m_body->textCursor();
            highlighter->setTypingPosition(m_typing ? cursor.blockNumber() : -1,
                                           cursor.positionInBlock());
        }
        m_typing = false;
    });

    m_problems = new ProblemsPanel(this);
    connect(m_problems, &ProblemsPanel::problemActivated, this,
            &StoryPanel::handleProblemActivated);
    connect(m_problems, &ProblemsPanel::acceptRequested, this, [this](const Problem &problem) {
        if (problem.flagId > 0) {
            decideStoredFlag(problem.flagId, true, problem.storyId);
            return;
        }
        const QString replacement = replacementFor(problem, problem.storyId);
        if (!replacement.isNull())
            applyCorrection(problem, replacement, problem.storyId);
    });
    connect(m_problems, &ProblemsPanel::ignoreRequested, this, [this](const Problem &problem) {
        if (problem.flagId > 0)
            decideStoredFlag(problem.flagId, false, problem.storyId);
        else
            ignoreFlag(problem);
    });
    connect(m_problems, &ProblemsPanel::scopeChanged, this, &StoryPanel::refreshProblems);
    connect(m_problems, &ProblemsPanel::acceptKindRequested, this,
            [this](const QString &kind) { acceptKindOnPage(kind); });
    m_problemsTimer->setSingleShot(true);
    m_problemsTimer->setInterval(kProblemsDelayMs);
    connect(m_problemsTimer, &QTimer::timeout, this, &StoryPanel::refreshProblems);

    auto *textSplitter = new QSplitter(Qt::Vertical, this);
    textSplitter->setObjectName(QStringLiteral("storyTextSplitter"));
    textSplitter->setChildrenCollapsible(false);
    textSplitter->addWidget(m_body);
    textSplitter->addWidget(m_problems);
    textSplitter->setStretchFactor(0, 4);
    textSplitter->setStretchFactor(1, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Kicker:"), m_kicker);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Byline:"), m_byline);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_revisionsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addLayout(infoRow);
    layout->addWidget(m_draftBanner);
    layout->addWidget(textSplitter, 1);

    connect(cache, &ArchiveCache::storyChanged, this, &StoryPanel::handleStoryChanged);
    connect(cache, &ArchiveCache::archiveReset, this, &StoryPanel::handleArchiveReset);

    showFields();
}

StoryPanel::~StoryPanel()
{
    // Sessions hold documents the editor shows; let go of them first.
    m_body->setDocument(m_emptyDocument);
    qDeleteAll(m_sessions);
}

// --- stories and sessions -----------------------------------------------------------------

void StoryPanel::setStoryId(qint64 storyId)
{
    setStory(storyId, m_stackProvider && storyId > 0 ? m_stackProvider(storyId) : nullptr);
}

void StoryPanel::setStory(qint64 storyId, QUndoStack *stack)
{
    Commands::StorySession *current = currentSession();
    if (storyId == m_storyId && (!current || current->stack() == stack))
        return;
    commitEdits();
    m_storyId = storyId;
    Commands::StorySession *session = storyId > 0 && stack ? sessionFor(storyId, stack) : nullptr;
    if (session) {
        highlighterFor(session);
        m_body->setDocument(session->document()->body());
    } else {
        m_storyId = 0;
        m_body->setDocument(m_emptyDocument);
    }
    m_body->setReadOnly(!m_editable || !session);
    m_body->moveCursor(QTextCursor::Start);
    showFields();
    updateDraftBanner();
    refreshProblems();
}

Commands::StorySession *StoryPanel::currentSession() const
{
    return m_sessions.value(m_storyId);
}

SpellHighlighter *StoryPanel::currentHighlighter() const
{
    Commands::StorySession *session = currentSession();
    return session ? session->document()->body()->findChild<SpellHighlighter *>() : nullptr;
}

Commands::StorySession *StoryPanel::sessionFor(qint64 storyId, QUndoStack *stack)
{
    if (Commands::StorySession *session = m_sessions.value(storyId)) {
        if (session->stack() == stack)
            return session;
        m_sessions.remove(storyId); // the window made a new stack: start over
        delete session;
    }
    if (!m_cache || !stack)
        return nullptr;
    auto *session = new Commands::StorySession(m_cache, storyId, stack, AppSettings::userName());
    session->document()->setMargins(12, 8);
    if (!session->load()) {
        delete session;
        return nullptr;
    }
    m_sessions.insert(storyId, session);
    connect(session->document(), &StoryDocument::fieldsChanged, this, [this, storyId] {
        if (storyId == m_storyId)
            showFields();
    });
    connect(session->document(), &StoryDocument::bodyChanged, this, [this, storyId] {
        if (storyId == m_storyId)
            m_problemsTimer->start();
    });
    connect(session, &Commands::StorySession::recoveredDraftChanged, this,
            &StoryPanel::updateDraftBanner);
    return session;
}

SpellHighlighter *StoryPanel::highlighterFor(Commands::StorySession *session)
{
    QTextDocument *body = session->document()->body();
    if (auto *existing = body->findChild<SpellHighlighter *>())
        return existing;
    // A child of the document, so it goes with it.
    auto *highlighter = new SpellHighlighter(body, proofreaderFor(session->storyId()));
    highlighter->setIgnored(&m_ignored);
    return highlighter;
}

Proofing::Proofreader *StoryPanel::proofreaderFor(qint64 storyId)
{
    QString &language = m_languages[storyId];
    if (language.isEmpty()) {
        language = m_cache ? m_cache->spellingLanguage(storyId, QStringLiteral("en_US"))
                           : QStringLiteral("en_US");
    }
    std::unique_ptr<Proofing::Proofreader> &proofreader = m_proofreaders[language];
    if (!proofreader) {
        // Suggestions are asked for on demand (context menu): hunspell is slow at them.
        proofreader = std::make_unique<Proofing::Proofreader>(
            std::make_unique<Proofing::HunspellDictionary>(language), false);
        if (m_cache) {
            proofreader->addPersonalWords(m_cache->personalWords(language));
            QVector<Proofing::Erratum> errata;
            for (const ErratumRecord &e : m_cache->errata())
                errata.push_back({e.wrong, e.right});
            proofreader->setErrata(errata);
            // Punctuation and spacing are checked against the desk's house style.
            if (const auto desk = m_cache->defaultStyleProfile())
                proofreader->setHouseStyle(
                    Proofing::HouseStyleProfile::fromJson(desk->name, desk->settings));
        }
    }
    return proofreader.get();
}

Status StoryPanel::setStoryLanguage(const QString &language)
{
    if (!m_cache || !m_storyId)
        return failure(tr("No story is open for editing."));
    if (Status s = m_cache->setStoryLanguage(m_storyId, language); !s)
        return s;
    m_languages.remove(m_storyId);
    if (SpellHighlighter *highlighter = currentHighlighter())
        highlighter->setProofreader(proofreaderFor(m_storyId));
    return success();
}

Result<int> StoryPanel::applyHouseStyle()
{
    using R = Result<int>;
    Commands::StorySession *session = currentSession();
    if (!session || !m_editable || !m_cache)
        return R::failure(tr("No story is open for editing."));
    // The page's own profile, else the desk's, else the newspaper defaults.
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    const std::optional<StyleProfileRecord> record =
        story ? m_cache->styleProfileForPage(story->summary.pageId) : std::nullopt;
    const Proofing::HouseStyleProfile profile =
        record ? Proofing::HouseStyleProfile::fromJson(record->name, record->settings)
               : Proofing::HouseStyleProfile::newspaper();
    QVector<Commands::StorySession::Replacement> replacements;
    const StoryDocument *document = session->document();
    for (int block = 0; block < document->blockCount(); ++block) {
        const QString text = document->blockText(block);
        for (const Proofing::StyleEdit &e : Proofing::HouseStyle::edits(text, profile))
            replacements.push_back({block, e.start, e.length, text.mid(e.start, e.length),
                                    e.replacement});
    }
    const int count = int(replacements.size());
    if (Status s = session->replaceAll(std::move(replacements), tr("Apply house style"),
                                       QStringLiteral("house style"));
        !s)
        return R::failure(s.error());
    return count;
}

void StoryPanel::handleArchiveReset()
{
    // Story ids of the old archive mean something else now: forget, never store.
    m_body->setDocument(m_emptyDocument);
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_storyId = 0;
    // The new archive has its own languages, personal dictionary and errata.
    m_languages.clear();
    m_proofreaders.clear();
    showFields();
    updateDraftBanner();
    refreshProblems();
}

void StoryPanel::handleStoryChanged(qint64 storyId)
{
    if (storyId == m_storyId)
        showFields();
}

void StoryPanel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    m_body->setReadOnly(!m_editable || !currentSession());
    m_problems->setEditable(editable);
    showFields();
}

void StoryPanel::commitEdits()
{
    Commands::StorySession *session = currentSession();
    if (!session || !m_editable)
        return;
    handleFieldEditingFinished();
    // A failure is reported through ArchiveCache::writeFailed; the draft keeps the text.
    (void)session->commit();
}

void StoryPanel::handleFieldEditingFinished()
{
    Commands::StorySession *session = currentSession();
    if (!session || !m_editable)
        return;
    const StoryDocument::Fields fields{m_kicker->text().trimmed(), m_headline->text().trimmed(),
                                       m_byline->text().trimmed()};
    if (fields == session->document()->fields())
        return;
    (void)session->editFields(fields);
}

void StoryPanel::showFields()
{
    Commands::StorySession *session = currentSession();
    for (QLineEdit *edit : {m_kicker, m_headline, m_byline}) {
        edit->setEnabled(session != nullptr);
        edit->setReadOnly(!m_editable);
    }
    const StoryDocument::Fields fields =
        session ? session->document()->fields() : StoryDocument::Fields{};
    const std::pair<QLineEdit *, QString> values[] = {
        {m_kicker, fields.kicker}, {m_headline, fields.headline}, {m_byline, fields.byline}};
    for (const auto &[edit, value] : values) {
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    }
    m_revisionsButton->setEnabled(session != nullptr);
    showInfo();
}

void StoryPanel::showInfo()
{
    const std::optional<StoryRecord> story =
        m_cache && m_storyId > 0 ? m_cache->story(m_storyId) : std::nullopt;
    if (!story) {
        m_info->clear();
        return;
    }
    m_info->setText(
        tr("Story %1 of page %2: %n paragraph(s)", nullptr, story->summary.paragraphCount)
            .arg(story->summary.position + 1)
            .arg(story->summary.pageId));
}

void StoryPanel::updateDraftBanner()
{
    Commands::StorySession *session = currentSession();
    const QDateTime at = session ? session->recoveredDraftAt() : QDateTime();
    if (!at.isValid()) {
        m_draftBanner->hide();
        return;
    }
    m_draftLabel->setText(
        tr("Recovered text autosaved at %1 that had not been stored (Copydesk did not close "
           "normally). It is stored when you leave the story; Undo brings back the text "
           "stored before.")
            .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    m_draftBanner->show();
}

// --- proofing -----------------------------------------------------------------------------

QVector<FlagDraft> StoryPanel::flagsOf(Commands::StorySession *session)
{
    QVector<FlagDraft> out;
    SpellHighlighter *highlighter = highlighterFor(session);
    for (QTextBlock b = session->document()->body()->begin(); b.isValid(); b = b.next())
        out += highlighter->flags(b);
    return out;
}

QVector<Problem> StoryPanel::problemsOf(Commands::StorySession *session)
{
    QVector<Problem> out;
    const QVector<FlagDraft> live = flagsOf(session);
    for (const FlagDraft &f : live) {
        Problem p;
        static_cast<FlagDraft &>(p) = f;
        p.storyId = session->storyId();
        out << p;
    }
    // Open flags the import stored (duplicates, joins, doubled characters, encoding), unless
    // the checks found the same thing just now. Their paragraph counts stored paragraphs,
    // i.e. the blocks that are not empty.
    const std::optional<StoryRecord> story =
        m_cache ? m_cache->story(session->storyId()) : std::nullopt;
    if (!story)
        return out;
    QVector<int> blockOfParagraph;
    for (QTextBlock b = session->document()->body()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().trimmed().isEmpty())
            blockOfParagraph << b.blockNumber();
    }
    // Kinds the editor checks live: their stored copies from the import are stale.
    static const QSet<QString> liveKinds{
        QString::fromLatin1(FlagKind::Spelling), QString::fromLatin1(FlagKind::StrayLatin),
        QString::fromLatin1(FlagKind::VariantCharacter), QString::fromLatin1(FlagKind::Punctuation),
        QStringLiteral("errata")};
    for (const FlagRecord &f : story->flags) {
        if (f.status != QLatin1String(FlagStatus::Open) || liveKinds.contains(f.kind))
            continue;
        const int block = blockOfParagraph.value(f.paragraph, -1);
        const bool seen = std::any_of(live.cbegin(), live.cend(), [&](const FlagDraft &l) {
            return l.kind == f.kind && l.text == f.text && l.paragraph == block;
        });
        if (seen)
            continue;
        Problem p;
        p.kind = f.kind;
        p.paragraph = block;
        p.start = f.start;
        p.length = f.length;
        p.text = f.text;
        p.suggestion = f.suggestion;
        p.reason = f.reason;
        p.detail = f.kind == QLatin1String(FlagKind::Duplicate) ? QString() : f.detail;
        p.flagId = f.id;
        p.storyId = session->storyId();
        out << p;
    }
    std::stable_sort(out.begin(), out.end(), [](const Problem &a, const Problem &b) {
        return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
    });
    return out;
}

void StoryPanel::refreshProblems()
{
    m_problemsTimer->stop();
    Commands::StorySession *current = currentSession();
    if (!current) {
        m_problems->setProblems({});
        return;
    }
    if (!m_problems->pageScope() || !m_stackProvider || !m_cache) {
        m_problems->setProblems(problemsOf(current));
        return;
    }
    // The whole page, story by story in page order; each story gets its session (and stack)
    // so that a correction there is an undo step of that story.
    QVector<Problem> all;
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    for (const StorySummary &s : m_cache->stories(story ? story->summary.pageId : 0)) {
        Commands::StorySession *session =
            s.id == m_storyId ? current : sessionFor(s.id, m_stackProvider(s.id));
        if (!session)
            continue;
        const QString title = s.headline.isEmpty() ? s.lead.left(16) : s.headline;
        QVector<Problem> problems = problemsOf(session);
        for (Problem &p : problems)
            p.storyTitle = QStringLiteral("%1. %2").arg(s.position + 1).arg(title);
        all += problems;
    }
    m_problems->setProblems(all);
}

bool StoryPanel::decideStoredFlag(qint64 flagId, bool accept, qint64 storyId)
{
    Commands::StorySession *session = storyId > 0 ? m_sessions.value(storyId) : currentSession();
    if (!session || !m_editable || !m_cache || !session->stack())
        return false;
    if (Status s = session->commit(); !s)
        return false;
    using D = Commands::ReviewDecisionCommand::Decision;
    Status status = success();
    auto *command = new Commands::ReviewDecisionCommand(
        m_cache, flagId, accept ? D::Accept : D::Dismiss, AppSettings::userName());
    command->setFirstRunStatus(&status);
    session->stack()->push(command); // deleted again if the decision failed
    refreshProblems();
    return status.ok();
}

void StoryPanel::recheckAll()
{
    for (Commands::StorySession *session : std::as_const(m_sessions)) {
        if (auto *h = session->document()->body()->findChild<SpellHighlighter *>())
            h->recheckAll();
    }
    refreshProblems();
}

QString StoryPanel::replacementFor(const FlagDraft &flag, qint64 storyId)
{
    if (!flag.suggestion.isNull())
        return flag.suggestion;
    const Proofing::Proofreader *checker = proofreaderFor(storyId > 0 ? storyId : m_storyId);
    if (flag.kind == QLatin1String(FlagKind::Spelling) && checker->dictionary()) {
        const QStringList suggestions = checker->dictionary()->suggestions(flag.text);
        if (!suggestions.isEmpty())
            return suggestions.first();
    }
    return QString();
}

bool StoryPanel::applyCorrection(const FlagDraft &flag, const QString &replacement, qint64 storyId)
{
    Commands::StorySession *session = storyId > 0 ? m_sessions.value(storyId) : currentSession();
    if (!session || !m_editable)
        return false;
    const Status s =
        session->replaceText({flag.paragraph, flag.start, flag.length, flag.text, replacement},
                             actionName(flag, replacement));
    if (!s) {
        m_info->setText(s.error());
        return false;
    }
    refreshProblems();
    return true;
}

int StoryPanel::acceptKindOnPage(const QString &kind)
{
    if (!m_editable || !m_cache || m_storyId <= 0 || kind == QLatin1String(FlagKind::Spelling))
        return 0;
    const std::optional<StoryRecord> story = m_cache->story(m_storyId);
    if (!story)
        return 0;
    QVector<qint64> storyIds{m_storyId};
    if (m_stackProvider) {
        for (const StorySummary &s : m_cache->stories(story->summary.pageId)) {
            if (s.id != m_storyId)
                storyIds << s.id;
        }
    }
    int accepted = 0;
    for (qint64 id : std::as_const(storyIds)) {
        Commands::StorySession *session =
            id == m_storyId ? currentSession() : sessionFor(id, m_stackProvider(id));
        if (!session)
            continue;
        QVector<Commands::StorySession::Replacement> replacements;
        QString action;
        for (const FlagDraft &f : flagsOf(session)) {
            if (f.kind != kind)
                continue;
            const QString replacement = replacementFor(f, id);
            if (replacement.isNull())
                continue;
            replacements.push_back({f.paragraph, f.start, f.length, f.text, replacement});
        }
        if (replacements.isEmpty())
            continue;
        const Status s = session->replaceAll(
            replacements, tr("Accept all: %1").arg(flagKindLabel(kind)),
            QStringLiteral("accept all %1 (%2)").arg(kind).arg(replacements.size()));
        if (s)
            accepted += int(replacements.size());
        else
            m_info->setText(s.error());
    }
    refreshProblems();
    return accepted;
}

void StoryPanel::ignoreFlag(const FlagDraft &flag)
{
    m_ignored.insert(SpellHighlighter::ignoreKey(flag.kind, flag.text));
    recheckAll();
}

void StoryPanel::addToDictionary(const QString &word)
{
    if (m_storyId <= 0 || !m_cache)
        return;
    Proofing::Proofreader *checker = proofreaderFor(m_storyId);
    if (!checker->dictionary())
        return;
    const QString language = checker->dictionary()->language();
    if (Status s = m_cache->addPersonalWord(language, word, AppSettings::userName()); !s)
        m_info->setText(
            tr("“%1” is accepted for now but could not be stored: %2").arg(word, s.error()));
    checker->dictionary()->addWord(word);
    recheckAll();
}

bool StoryPanel::applyAlways(const FlagDraft &flag, const QString &replacement)
{
    if (!m_cache || !m_editable)
        return false;
    if (Status s = m_cache->addErratum(flag.text, replacement, AppSettings::userName()); !s) {
        m_info->setText(s.error());
        return false;
    }
    for (auto &[language, checker] : m_proofreaders)
        checker->addErratum(flag.text, replacement);
    const bool applied = applyCorrection(flag, replacement);
    recheckAll(); // every other occurrence is an errata flag now
    return applied;
}

void StoryPanel::handleContextMenu(QMenu *menu, const QTextCursor &cursor)
{
    SpellHighlighter *highlighter = currentHighlighter();
    if (!highlighter)
        return;
    const std::optional<FlagDraft> found =
        highlighter->flagAt(cursor.block(), cursor.positionInBlock());
    if (!found)
        return;
    const FlagDraft flag = *found;
    QAction *first = menu->actions().value(0);
    QList<QAction *> entries;
    const bool spelling = flag.kind == QLatin1String(FlagKind::Spelling);
    const Proofing::Proofreader *checker = proofreader();
    const QStringList candidates =
        spelling && checker->dictionary()
            ? checker->dictionary()->suggestions(flag.text).mid(0, kMaxSuggestions)
            : candidatesOf(flag);
    for (int i = 0; i < candidates.size(); ++i) {
        const QString replacement = candidates.at(i);
        auto *action =
            new QAction(spelling ? replacement : tr("Replace with “%1”").arg(replacement), menu);
        action->setObjectName(QStringLiteral("suggestion-%1").arg(i));
        action->setEnabled(m_editable);
        if (i == 0) {
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        connect(action, &QAction::triggered, this,
                [this, flag, replacement] { applyCorrection(flag, replacement); });
        entries << action;
    }
    if (candidates.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setEnabled(false);
        entries << none;
    }
    // A Chinese correction can become a house rule: every later page gets it flagged.
    const bool han = std::any_of(flag.text.cbegin(), flag.text.cend(),
                                 [](QChar c) { return c.script() == QChar::Script_Han; });
    if (!spelling && han) {
        for (int i = 0; i < candidates.size(); ++i) {
            const QString replacement = candidates.at(i);
            auto *always =
                new QAction(tr("Always Replace “%1” with “%2”").arg(flag.text, replacement), menu);
            always->setObjectName(QStringLiteral("always-%1").arg(i));
            always->setToolTip(tr("Correct it here and add it to the desk's errata table"));
            always->setEnabled(m_editable);
            connect(always, &QAction::triggered, this,
                    [this, flag, replacement] { applyAlways(flag, replacement); });
            entries << always;
        }
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    entries << separator;
    if (spelling) {
        auto *add = new QAction(tr("&Add “%1” to Dictionary").arg(flag.text), menu);
        add->setObjectName(QStringLiteral("addToDictionary"));
        connect(add, &QAction::triggered, this,
                [this, word = flag.text] { addToDictionary(word); });
        entries << add;
    }
    auto *ignore = new QAction(tr("&Ignore “%1”").arg(flag.text), menu);
    ignore->setObjectName(QStringLiteral("ignoreFlag"));
    ignore->setToolTip(flagToolTip(flag.kind, flag.reason, flag.suggestion));
    connect(ignore, &QAction::triggered, this, [this, flag] { ignoreFlag(flag); });
    entries << ignore;
    auto *end = new QAction(menu);
    end->setSeparator(true);
    entries << end;
    menu->insertActions(first, entries);
}

void StoryPanel::handleProblemActivated(const Problem &flag)
{
    if (flag.storyId > 0 && flag.storyId != m_storyId && m_cache) {
        const std::optional<StoryRecord> story = m_cache->story(flag.storyId);
        if (!story)
            return;
        Q_EMIT storyRequested(story->summary.pageId, flag.storyId); // the window selects it
        if (flag.storyId != m_storyId)
            return;
    }
    const QTextBlock block = m_body->document()->findBlockByNumber(flag.paragraph);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qMin(flag.start, block.length() - 1));
    cursor.setPosition(block.position() + qMin(flag.start + flag.length, block.length() - 1),
                       QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    m_body->setFocus(Qt::OtherFocusReason);
}

void StoryPanel::showRevisions()
{
    if (!m_cache || m_storyId <= 0)
        return;
    commitEdits(); // list what is on screen as the newest revision
    auto *dialog = new RevisionsDialog(m_cache, m_storyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevisionsDialog::restoreRequested, this,
            [this](qint64 storyId, qint64 revisionId) {
                Commands::StorySession *session = m_sessions.value(storyId);
                if (!session)
                    return;
                if (Status s = session->restoreRevision(revisionId); !s)
                    m_info->setText(s.error());
                refreshProblems();
            });
    dialog->open();
}

} // namespace Copydesk
