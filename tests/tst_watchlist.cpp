// Adding and removing runs in the window, against the stand-in over loopback HTTP: the Add dialog
// (a typed or pasted id or web-app link, the clipboard), Remove from the banner of a simulation
// the server does not know, and Delete with Undo (back in its place, selected, its data at once).

#include "addsimulationdialog.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "reviewpanes.h"
#include "sentimentpie.h"
#include "model/simulationmodel.h"
#include "progresspanel.h"
#include "recordingspanel.h"
#include "simulationheader.h"
#include "session.h"
#include "standinserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace simwatch;
using namespace Qt::StringLiterals;

class TestWatchList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.setSpeed(0); // replies stay as they are
        m_server.seedDemo();  // 456..460
        QVERIFY(m_server.listen() != 0);
    }

    void init()
    {
        QGuiApplication::clipboard()->clear();
        m_session = std::make_unique<Session>();
        m_session->settings().setBaseUrl(m_server.baseUrl());
        m_session->settings().setApiKey(standin::StandinServer::defaultApiKey());
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void addDialogValidatesAsYouType()
    {
        watchAndWait({456});
        AddSimulationDialog dialog(m_session->store().ids(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *input = dialog.input();
        QVERIFY(input->text().isEmpty()); // nothing useful on the clipboard
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().startsWith(u"Type or paste"_s));

        QTest::keyClicks(input, u"abc"_s);
        QCOMPARE(dialog.messageLabel()->text(), u"Not a simulation id or link"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.simulationId(), -1);

        input->clear();
        QTest::keyClicks(input, u"457"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.simulationId(), 457);
        QCOMPARE(dialog.messageLabel()->text(), u"Adds simulation #457 to the watch list."_s);

        // A link to something else is not taken for a simulation.
        input->setText(u"https://www.omnidim.io/agents/1234"_s);
        QCOMPARE(dialog.messageLabel()->text(), u"Not a simulation id or link"_s);
        QVERIFY(!dialog.okButton()->isEnabled());

        // A web-app link to a run already watched: OK becomes Select.
        input->setText(u"https://www.omnidim.io/simulations/456?tab=calls"_s);
        QCOMPARE(dialog.messageLabel()->text(), u"Already watched \u2014 select it instead"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.isAlreadyWatched());
        QCOMPARE(dialog.okButton()->text(), u"&Select"_s);

        input->setText(u"#/simulations/458"_s);
        QCOMPARE(dialog.simulationId(), 458);
        QCOMPARE(dialog.okButton()->text(), u"&Add"_s);
        input->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void addDialogStartsFromTheClipboard()
    {
        watchAndWait({456});
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(u"  https://www.omnidim.io/simulation/457?tab=calls\n"_s);
        {
            AddSimulationDialog dialog(m_session->store().ids());
            QCOMPARE(dialog.input()->text(), u"https://www.omnidim.io/simulation/457?tab=calls"_s);
            QCOMPARE(dialog.input()->selectedText(), dialog.input()->text()); // typing replaces it
            QCOMPARE(dialog.simulationId(), 457);
            QVERIFY(dialog.okButton()->isEnabled());
        }
        for (const QString &notNew : {u"456"_s, u"Meeting notes: call Bob"_s, u"https://www.omnidim.io/agents/12"_s}) {
            clipboard->setText(notNew);
            AddSimulationDialog dialog(m_session->store().ids());
            QVERIFY2(dialog.input()->text().isEmpty(), qPrintable(notNew));
            QVERIFY(!dialog.okButton()->isEnabled());
        }
    }

    // Simulation ▸ Add: the dialog's id is watched, fetched and selected; an id already watched
    // is selected instead of added twice.
    void addFromTheWindow()
    {
        watchAndWait({456, 457});
        QGuiApplication::clipboard()->setText(u"https://www.omnidim.io/#/simulations/458"_s);
        m_window->addAction()->trigger();
        QPointer<AddSimulationDialog> dialog = m_window->addSimulationDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->simulationId(), 458);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_session->store().ids(), (QList<int>{456, 457, 458}));
        QCOMPARE(m_window->selectedSimulationId(), 458);
        QTRY_VERIFY(m_window->model()->indexOfSimulation(458).data(SimulationModel::HasDataRole).toBool());

        m_window->promptAddSimulation();
        dialog = m_window->addSimulationDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->input()->text().isEmpty()); // 458 is watched now
        dialog->input()->setText(u"456"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_session->store().ids(), (QList<int>{456, 457, 458}));
        QCOMPARE(m_window->selectedSimulationId(), 456);
    }

    // An id the server does not know stays in the list with a banner: Retry, and Remove (which
    // can be undone like Delete).
    void notFoundBannerOffersRemove()
    {
        watchAndWait({456});
        m_session->watch(999999);
        m_window->selectSimulation(999999);
        ErrorBanner *banner = m_window->errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->titleLabel()->text(), u"Simulation not found"_s);
        QVERIFY(banner->retryButton()->isVisible());
        QVERIFY(banner->removeButton()->isVisible());
        QVERIFY(!banner->settingsButton()->isVisible());
        // The panes say the same, rather than that they wait for an answer that came.
        QCOMPARE(m_window->header()->agentLabel()->text(), u"The server does not know this simulation."_s);
        QCOMPARE(m_window->progressPanel()->countsLabel()->text(), u"The server does not know this simulation."_s);
        QCOMPARE(m_window->recordingsPanel()->emptyStateLabel()->text(), u"The server does not know this simulation."_s);
        QCOMPARE(m_window->sentimentPie()->emptyStateLabel()->text(), u"The server does not know this simulation."_s);
        QCOMPARE(m_window->reviewPanes()->placeholder(ReviewPanes::Summary)->text(), u"The server does not know this simulation."_s);

        QTest::mouseClick(banner->removeButton(), Qt::LeftButton);
        QCOMPARE(m_session->store().ids(), (QList<int>{456}));
        QCOMPARE(m_window->selectedSimulationId(), 456);
        QVERIFY(m_window->undoNotice()->isVisible());
        QVERIFY(m_window->undoRemoveAction()->isEnabled());
        QVERIFY(!banner->isVisible()); // 456 is fine

        // Other errors offer no Remove: a retry may well bring those runs back.
        ApiError refused;
        refused.kind = ApiError::Kind::ConnectionRefused;
        m_session->store().applyError(456, refused);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->removeButton()->isVisible());
    }

    // Delete is one key press, with no question; Ctrl+Z (or the status bar's Undo) puts the run
    // back where it was, selected, showing its data at once, until the next removal.
    void deleteThenUndo()
    {
        watchAndWait({456, 457, 458});
        m_window->selectSimulation(457);
        const QString name = m_window->model()->indexOfSimulation(457).data(Qt::DisplayRole).toString();
        QVERIFY(!name.isEmpty());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->watchList()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_window->watchList());

        QTest::keyClick(m_window->watchList(), Qt::Key_Delete);
        QCOMPARE(m_session->store().ids(), (QList<int>{456, 458}));
        QVERIFY(m_window->undoNotice()->isVisible());
        const QString notice = m_window->undoNotice()->findChild<QLabel *>()->text();
        QCOMPARE(notice, u"Removed \u201C%1\u201D"_s.arg(name));
        QVERIFY(m_window->undoButton()->isVisible());
        QVERIFY(m_window->undoRemoveAction()->isEnabled());
        QVERIFY(m_window->undoRemoveAction()->text().contains(name));

        QTest::keyClick(m_window->watchList(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_session->store().ids(), (QList<int>{456, 457, 458})); // in its old place
        QCOMPARE(m_window->selectedSimulationId(), 457);
        QVERIFY(m_window->watchList()->selectionModel()->isSelected(m_window->model()->indexOfSimulation(457)));
        // Its data at once (no fetch has answered yet), marked as not confirmed by the server yet.
        const QModelIndex restored = m_window->model()->indexOfSimulation(457);
        QVERIFY(restored.data(SimulationModel::HasDataRole).toBool());
        QCOMPARE(restored.data(Qt::DisplayRole).toString(), name);
        QVERIFY(restored.data(SimulationModel::FromHistoryRole).toBool());
        QVERIFY(!m_window->undoNotice()->isVisible());
        QVERIFY(!m_window->undoRemoveAction()->isEnabled());
        // The server confirms it again.
        QTRY_VERIFY(!m_window->model()->indexOfSimulation(457).data(SimulationModel::FromHistoryRole).toBool());

        // Undo brings back the last removal only, through the status bar's button too.
        m_window->selectSimulation(456);
        m_window->removeAction()->trigger();
        m_window->selectSimulation(458);
        m_window->removeAction()->trigger();
        QCOMPARE(m_session->store().ids(), (QList<int>{457}));
        QTest::mouseClick(m_window->undoButton(), Qt::LeftButton);
        QCOMPARE(m_session->store().ids(), (QList<int>{457, 458}));
        QCOMPARE(m_window->selectedSimulationId(), 458);
        QVERIFY(!m_window->undoRemoveAction()->isEnabled());
        m_window->undoRemoveAction()->trigger(); // nothing left to undo
        QCOMPARE(m_session->store().ids(), (QList<int>{457, 458}));

        // The first run removed goes back to the top.
        m_window->selectSimulation(457);
        m_window->removeAction()->trigger();
        QCOMPARE(m_session->store().ids(), (QList<int>{458}));
        m_window->undoRemoveAction()->trigger();
        QCOMPARE(m_session->store().ids(), (QList<int>{457, 458}));
        QCOMPARE(m_window->model()->index(0, 0).data(SimulationModel::IdRole).toInt(), 457);
    }

    // What a reviewer sees at 1280×720: the 404 banner with Remove, the Undo notice, the Add
    // dialog's messages. Kept as PNGs when SIMWATCH_SHOT_DIR is set.
    void screenshots()
    {
        m_server.advance(3600); // the demo runs move on: calls, sentiment, review texts
        watchAndWait({456, 457, 458});
        m_window->resize(1280, 720);
        m_session->watch(999999);
        m_window->selectSimulation(999999);
        QTRY_VERIFY(m_window->errorBanner()->isVisible());
        saveShot(m_window.get(), u"watchlist-404-banner.png"_s);

        m_window->selectSimulation(457);
        QTRY_VERIFY(!m_window->errorBanner()->isVisible());
        m_window->removeAction()->trigger();
        QVERIFY(m_window->undoNotice()->isVisible());
        saveShot(m_window.get(), u"watchlist-undo-notice.png"_s);

        QGuiApplication::clipboard()->setText(u"https://www.omnidim.io/simulations/459?tab=calls"_s);
        m_window->promptAddSimulation();
        AddSimulationDialog *dialog = m_window->addSimulationDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        saveShot(dialog, u"watchlist-add-from-clipboard.png"_s);
        dialog->input()->setText(u"https://www.omnidim.io/agents/12"_s);
        saveShot(dialog, u"watchlist-add-invalid.png"_s);
        dialog->input()->setText(u"456"_s);
        saveShot(dialog, u"watchlist-add-watched.png"_s);
        dialog->reject();

        // A finished run with its calls: the dates in the header, the table and the details.
        m_window->selectSimulation(456);
        RecordingsPanel *calls = m_window->recordingsPanel();
        QTRY_VERIFY(calls->recordingCount() > 0);
        calls->jumpToNegative(1);
        calls->jumpToNegative(1);
        calls->jumpToNegative(1);
        calls->jumpToNegative(1);
        saveShot(m_window.get(), u"watchlist-calls.png"_s);
    }

private:
    static void saveShot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QPixmap shot = widget->grab();
        QVERIFY(!shot.isNull());
        const QString dir = qEnvironmentVariable("SIMWATCH_SHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(shot.save(QDir(dir).filePath(name)));
        }
    }

    void watchAndWait(const QList<int> &ids)
    {
        for (int id : ids)
            m_session->watch(id);
        for (int id : ids)
            QTRY_VERIFY(m_window->model()->indexOfSimulation(id).data(SimulationModel::HasDataRole).toBool());
    }

    standin::StandinServer m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWatchList)
#include "tst_watchlist.moc"
