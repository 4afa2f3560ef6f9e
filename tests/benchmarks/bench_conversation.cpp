// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation view over a long conversation: one direct conversation of 100,000 stored
// messages (2,000 with --quick). Measures the time from constructing the view until its
// first paint, the memory that costs, and the time to scroll from the newest message to the
// oldest (the view reads older windows as the top comes near), then paging through all of it.
//
// Targets: shown in under 200 ms; under 50 MB more memory. Usage: bench_conversation
// [--quick]. Prints figures and whether the targets were met; asserts nothing about time.
#include "client/messenger.h"
#include "client/messengerinternals.h"
#include "client/profile.h"
#include "ui/conversation/conversationview.h"
#include "ui/conversation/messagelistview.h"
#include "ui/conversation/messagemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cardinal;
using namespace cardinal::client;

namespace {

QTextStream out(stdout);
constexpr int Batch = 5000;
constexpr qint64 ShowTargetMs = 200;
constexpr double MemoryTargetMb = 50.0;

//! Resident memory of this process in MB, from /proc/self/status (VmRSS).
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

//! Counts paints of the watched widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView("correct horse battery staple"));
}

HistoryMessage message(quint32 n, const ConversationRef &ref, qint64 atMs)
{
    HistoryMessage m;
    std::array<std::uint8_t, 16> id{};
    for (int i = 0; i < 4; ++i)
        id[std::size_t(i)] = std::uint8_t(n >> (8 * i));
    m.id = protocol::MessageId(id);
    m.conversation = ref;
    const bool outgoing = n % 3 == 0;
    m.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
    m.sender = outgoing ? QStringLiteral("alice@example.org") : ref.peer;
    // Bodies of varying length, some wrapping over several lines.
    QString body = QStringLiteral("Message %1 about the marmalade stall.").arg(n);
    for (quint32 i = 0; i < n % 7; ++i)
        body += QStringLiteral(" The walrus insists on another jar of the bitter kind.");
    m.body = body.toUtf8();
    m.sentAtMs = m.receivedAtMs = atMs;
    m.state = outgoing ? MessageState::Delivered : MessageState::Received;
    m.delivered = m.total = outgoing ? 1 : 0;
    return m;
}

void row(const QString &what, const QString &value, const QString &note = {})
{
    out << qSetFieldWidth(40) << Qt::left << what << qSetFieldWidth(14) << Qt::right << value
        << qSetFieldWidth(0) << "  " << note << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 2000 : 100'000;

    QTemporaryDir dir;
    ProfileSetup setup;
    setup.identity = QStringLiteral("alice@example.org");
    setup.deviceLabel = QStringLiteral("bench");
    if (auto created = Profile::create(dir.path(), setup, passphrase()); !created) {
        out << "cannot create a profile: " << created.error().message() << Qt::endl;
        return 1;
    }
    auto opened = Messenger::open(dir.path(), passphrase());
    if (!opened) {
        out << "cannot open the profile: " << opened.error().message() << Qt::endl;
        return 1;
    }
    Messenger &messenger = **opened;
    const ConversationRef ref = ConversationRef::direct(QStringLiteral("bob@example.org"));

    // A message every 7 minutes, ending now: 100,000 span about 16 months.
    QElapsedTimer timer;
    timer.start();
    const qint64 step = 7 * 60 * 1000;
    const qint64 first = QDateTime::currentMSecsSinceEpoch() - qint64(count) * step;
    for (int start = 0; start < count; start += Batch) {
        QList<HistoryMessage> batch;
        for (int n = start; n < qMin(count, start + Batch); ++n)
            batch.append(message(quint32(n), ref, first + n * step));
        if (auto added = MessengerInternals::history(messenger).addMessages(batch); !added) {
            out << "cannot add messages: " << added.error().message() << Qt::endl;
            return 1;
        }
    }
    const qint64 fillMs = timer.elapsed();

    // A warm-up view on another (empty) conversation, so fonts, style and icons are loaded
    // before measuring, as they are in the running app.
    {
        ui::ConversationView warm;
        warm.resize(800, 900);
        warm.show();
        warm.setConversation(&messenger, ConversationRef::direct(QStringLiteral("x@example.org")));
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
    }
    QApplication::processEvents();

    const double rssBefore = rssMb();
    timer.restart();
    auto *view = new ui::ConversationView;
    view->resize(800, 900);
    PaintCounter counter;
    view->listView()->viewport()->installEventFilter(&counter);
    view->setConversation(&messenger, ref);
    view->show();
    QElapsedTimer bound;
    bound.start();
    while (counter.paints == 0 && bound.elapsed() < 10'000)
        QApplication::processEvents();
    const qint64 shownMs = timer.elapsed();
    const double rssShown = rssMb();
    ui::MessageModel *model = view->model();
    const int firstRows = model->rowCount();

    // Scroll to the top again and again: each time the view reads the window before.
    timer.restart();
    QScrollBar *bar = view->listView()->verticalScrollBar();
    int rounds = 0;
    const int maxRounds = count / ui::MessageModel::InitialWindow + 1000;
    while ((model->canFetchMore({}) || model->rowCount() < count) && rounds < maxRounds) {
        bar->setValue(0);
        QApplication::processEvents();
        ++rounds;
    }
    const qint64 scrollMs = timer.elapsed();
    const double rssAll = rssMb();

    // Page down through everything that is loaded now, painting each page.
    timer.restart();
    int pages = 0;
    bar->setValue(0);
    QApplication::processEvents();
    for (; bar->value() < bar->maximum() && pages < 100'000; ++pages) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->listView()->viewport()->repaint();
    }
    const qint64 pagingMs = timer.elapsed();
    const int loadedRows = model->rowCount();
    const bool complete = loadedRows == count;

    // The store's share of scrolling back: every window read by a model without a view.
    delete view;
    timer.restart();
    qint64 modelOnlyMs = 0;
    int modelOnlyRows = 0;
    {
        ui::MessageModel alone(&messenger, ref);
        alone.load();
        for (int i = 0; i < count && alone.canFetchMore({}); ++i)
            alone.fetchMore({});
        modelOnlyMs = timer.elapsed();
        modelOnlyRows = alone.rowCount();
    }

    out << "Conversation view, " << count << " messages in one direct conversation"
        << (quick ? " (--quick)" : "") << Qt::endl;
    row(QStringLiteral("fill history (addMessages)"), QStringLiteral("%1 ms").arg(fillMs));
    row(QStringLiteral("construct + show until first paint"), QStringLiteral("%1 ms").arg(shownMs),
        shownMs < ShowTargetMs ? QStringLiteral("target < %1 ms: met").arg(ShowTargetMs)
                               : QStringLiteral("target < %1 ms: NOT met").arg(ShowTargetMs));
    row(QStringLiteral("rows loaded when shown"), QString::number(firstRows));
    row(QStringLiteral("RSS before"), QStringLiteral("%1 MB").arg(rssBefore, 0, 'f', 1));
    const double growthShown = rssShown - rssBefore;
    row(QStringLiteral("RSS growth when shown"),
        QStringLiteral("%1 MB").arg(growthShown, 0, 'f', 1),
        growthShown < MemoryTargetMb
            ? QStringLiteral("target < %1 MB: met").arg(MemoryTargetMb)
            : QStringLiteral("target < %1 MB: NOT met").arg(MemoryTargetMb));
    row(QStringLiteral("scroll newest -> oldest"), QStringLiteral("%1 ms").arg(scrollMs),
        QStringLiteral("%1 scroll-to-top rounds, %2 rows loaded%3")
            .arg(rounds)
            .arg(loadedRows)
            .arg(complete ? QString() : QStringLiteral(" (INCOMPLETE)")));
    row(QStringLiteral("  the same windows read by a model alone"),
        QStringLiteral("%1 ms").arg(modelOnlyMs),
        QStringLiteral("no view: %1 rows (the store's share)").arg(modelOnlyRows));
    const double growthAll = rssAll - rssBefore;
    row(QStringLiteral("RSS growth with all rows loaded"),
        QStringLiteral("%1 MB").arg(growthAll, 0, 'f', 1),
        growthAll < MemoryTargetMb ? QStringLiteral("target < %1 MB: met").arg(MemoryTargetMb)
                                   : QStringLiteral("target < %1 MB: NOT met").arg(MemoryTargetMb));
    row(QStringLiteral("page down through all rows"), QStringLiteral("%1 ms").arg(pagingMs),
        QStringLiteral("%1 pages, %2 ms per page")
            .arg(pages)
            .arg(pages ? double(pagingMs) / pages : 0.0, 0, 'f', 2));
    return complete ? 0 : 1;
}
