from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from accounts import personal_data
        from cms import contact, fragments, signal_handlers
        from cms.map_layer import LAYER
        from maps.layers import register_layer

        register_layer(LAYER)
        personal_data.register_exporter(
            "contact_messages",
            contact.export_contact_messages,
            label=_("Messages to the School: what you wrote to us, with the comune if any."),
        )
        personal_data.register_anonymizer(contact.anonymize_contact_messages)
        signal_handlers.connect()
        fragments.connect()
