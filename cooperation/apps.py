from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("Cooperation among comuni")

    def ready(self):
        from cooperation import registry_hooks

        registry_hooks.register_all()
