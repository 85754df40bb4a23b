from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CircleConfig(AppConfig):
    name = "circle"
    verbose_name = _("Administrators' circle")

    def ready(self):
        from circle import registry_hooks
        from circle.membership import connect_signals

        registry_hooks.register_all()
        connect_signals()
