#include "trayicon.h"

#include "model/simulationmodel.h"
#include "uitext.h"

#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace simwatch {

TrayIcon::TrayIcon(SimulationModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_icon = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    m_icon->setContextMenu(m_menu);
    // The menu is built when it opens: it always lists the runs as they are now.
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::rebuildMenu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TrayIcon::update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!topLeft.parent().isValid())
            update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrayIcon::update);
    update();
    rebuildMenu();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_icon->isVisible();
}

QIcon TrayIcon::iconFor(State state)
{
    // A ring in the state's colour around a mark that differs by state, so that the state does
    // not rest on colour alone: ! error, ▶ running, ✓ done, nothing when idle.
    QColor colour(0x8a, 0x93, 0x9e);
    QString mark;
    switch (state) {
    case State::Error: colour = QColor(0xc6, 0x28, 0x28); mark = QStringLiteral("!"); break;
    case State::Running: colour = QColor(0x1f, 0x6f, 0xd1); mark = QStringLiteral("\u25B6"); break;
    case State::Done: colour = QColor(0x2e, 0x7d, 0x32); mark = QStringLiteral("\u2713"); break;
    case State::Idle: break;
    }
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        if (!mark.isEmpty()) {
            QFont font = p.font();
            font.setPixelSize(int(size * 0.6));
            font.setBold(true);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, mark);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayIcon::update()
{
    int errors = 0, running = 0, done = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex run = m_model->index(row, 0);
        if (UiText::errorFrom(run.data(SimulationModel::ErrorRole)).isError())
            ++errors;
        else if (run.data(SimulationModel::IsTerminalRole).toBool())
            ++done;
        else if (run.data(SimulationModel::HasDataRole).toBool())
            ++running;
    }
    const State state = errors ? State::Error : running ? State::Running : done ? State::Done : State::Idle;
    QStringList parts;
    if (errors)
        parts.append(tr("%Ln cannot be fetched", nullptr, errors));
    if (running)
        parts.append(tr("%Ln running", nullptr, running));
    if (done)
        parts.append(tr("%Ln finished", nullptr, done));
    const QString tip = parts.isEmpty() ? tr("SimWatch: no simulations watched")
                                        : tr("SimWatch: %1").arg(parts.join(QStringLiteral(" \u00B7 ")));
    if (state != m_state || m_icon->icon().isNull())
        m_icon->setIcon(iconFor(state));
    m_state = state;
    m_icon->setToolTip(tip);
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex run = m_model->index(row, 0);
        const int id = run.data(SimulationModel::IdRole).toInt();
        const QString status = UiText::statusLabel(Status(run.data(SimulationModel::StatusRole).toInt()),
                                                   run.data(SimulationModel::StatusTextRole).toString());
        QString text = tr("%1 \u2014 %2").arg(run.data(Qt::DisplayRole).toString(), status);
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name is not a mnemonic
        QAction *open = m_menu->addAction(text);
        connect(open, &QAction::triggered, this, [this, id] { emit openRequested(id); });
    }
    if (rows > 0)
        m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Show SimWatch")), &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
}

} // namespace simwatch
