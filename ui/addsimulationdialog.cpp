#include "addsimulationdialog.h"

#include "domain/simulationref.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace simwatch {

AddSimulationDialog::AddSimulationDialog(const QList<int> &watchedIds, QWidget *parent)
    : QDialog(parent)
    , m_watched(watchedIds)
{
    setObjectName(QStringLiteral("addSimulationDialog"));
    setWindowTitle(tr("Add simulation"));

    auto *label = new QLabel(tr("Simulation &id or link:"), this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("simulationIdInput"));
    m_input->setPlaceholderText(tr("456 or https://www.omnidim.io/simulations/456"));
    m_input->setAccessibleName(tr("Simulation id or link"));
    m_input->setMinimumWidth(m_input->fontMetrics().horizontalAdvance(m_input->placeholderText()) + 40);
    label->setBuddy(m_input);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("addSimulationMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_input, &QLineEdit::textChanged, this, &AddSimulationDialog::validate);

    // A link just copied from the web app is the likely thing to add; selected, so typing replaces it.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    const std::optional<int> fromClipboard = simulationIdFromText(clipboard);
    if (fromClipboard && !m_watched.contains(*fromClipboard)) {
        m_input->setText(clipboard);
        m_input->selectAll();
    }
    validate();
}

bool AddSimulationDialog::isAlreadyWatched() const
{
    return m_id > 0 && m_watched.contains(m_id);
}

void AddSimulationDialog::validate()
{
    const QString text = m_input->text().trimmed();
    const std::optional<int> id = simulationIdFromText(text);
    m_id = id.value_or(-1);
    QString message;
    bool problem = false;
    if (text.isEmpty()) {
        message = tr("Type or paste the simulation's id or its address from the web app.");
    } else if (!id) {
        message = tr("Not a simulation id or link");
        problem = true;
    } else if (isAlreadyWatched()) {
        message = tr("Already watched \u2014 select it instead");
    } else {
        message = tr("Adds simulation #%1 to the watch list.").arg(*id);
    }
    m_message->setText(message);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, QColor(0xB3, 0x26, 0x1E)); // as the settings dialog's field errors
    m_message->setPalette(pal);
    m_ok->setEnabled(id.has_value());
    m_ok->setText(isAlreadyWatched() ? tr("&Select") : tr("&Add"));
}

} // namespace simwatch
