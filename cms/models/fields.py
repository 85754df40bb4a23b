"""Model fields of our own."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.choices import Office


class OfficeListField(models.JSONField):
    """A list of municipal office codes, stored as JSON so that it works on every database."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list):
            raise ValidationError(_("Choose offices from the list."), code="invalid")
        unknown = [code for code in value if code not in Office.values]
        if unknown:
            raise ValidationError(
                _("Unknown office: %(codes)s."),
                code="invalid_choice",
                params={"codes": ", ".join(map(str, unknown))},
            )
        if len(set(value)) != len(value):
            raise ValidationError(_("Each office can be listed only once."), code="duplicate")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.MultipleChoiceField,
            "choices": Office.choices,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        return models.Field.formfield(self, **defaults)
