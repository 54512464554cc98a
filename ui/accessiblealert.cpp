#include "accessiblealert.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QVariant>
#include <QWidget>

namespace simwatch::accessiblealert {

namespace {

constexpr char AlertProperty[] = "simwatchAccessibleAlert";

QAccessibleInterface *alertFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget || !widget->property(AlertProperty).toBool())
        return nullptr;
    return new QAccessibleWidget(widget, QAccessible::AlertMessage);
}

} // namespace

void mark(QWidget *widget)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    widget->setProperty(AlertProperty, true);
}

void say(QWidget *widget, bool wasShown)
{
    if (!widget->isVisible())
        return;
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (wasShown) {
        // On Linux a shown alert is read out: "shown again" says the changed text.
        QAccessibleEvent shown(widget, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
    }
}

} // namespace simwatch::accessiblealert
