from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms import fragments, signal_handlers
        from cms.map_layer import LAYER
        from maps.layers import register_layer

        register_layer(LAYER)
        signal_handlers.connect()
        fragments.connect()
