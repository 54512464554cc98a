#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QMenu;

namespace simwatch {

class SimulationModel;

// The system tray's view of every watched run: an icon whose colour and tooltip say the worst
// current state (a run whose last fetch failed > a run in progress > all done), and a menu that
// opens any of the runs. Shown only where the desktop has a tray.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Done, Running, Error }; // ordered: the worst is the largest

    explicit TrayIcon(SimulationModel *model, QObject *parent = nullptr);

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    State state() const { return m_state; }
    QString toolTip() const { return m_icon->toolTip(); }
    bool isAvailable() const; // the desktop has a tray and the icon is shown

    static QIcon iconFor(State state);

Q_SIGNALS:
    void openRequested(int runId); // a run chosen in the menu
    void showRequested();          // "Show SimWatch", or a click on the icon
    void quitRequested();

private:
    void update();
    void rebuildMenu();

    SimulationModel *m_model = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    State m_state = State::Idle;
};

} // namespace simwatch
