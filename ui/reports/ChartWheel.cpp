#include "ui/reports/ChartWheel.h"

#include <QAbstractScrollArea>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>

namespace {

class WheelToPage : public QObject
{
public:
    explicit WheelToPage(QChartView* view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Wheel)
            return QObject::eventFilter(watched, event);
        for (QWidget* w = m_view->parentWidget(); w != nullptr; w = w->parentWidget())
            if (auto* page = qobject_cast<QAbstractScrollArea*>(w)) {
                QCoreApplication::sendEvent(page->viewport(), event);
                return true;
            }
        return false;
    }

private:
    QChartView* m_view;
};

} // namespace

void ChartWheel::scrollsItsPage(QChartView* view)
{
    view->viewport()->installEventFilter(new WheelToPage(view));
}
