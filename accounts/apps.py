from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Users and roles")

    def ready(self):
        from accounts import personal_data

        personal_data.register_exporter(
            "email_addresses",
            personal_data.export_email_addresses,
            label=_("E-mail addresses: each address you use and whether it is verified."),
        )
        personal_data.register_exporter(
            "municipal_roles",
            personal_data.export_municipal_roles,
            label=_("Roles in comuni: the comuni you act for and your office in each."),
        )
