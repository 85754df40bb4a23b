"""The site's URLs plus a page that shows a small map and a location picker, as other apps will."""

from django import forms
from django.http import HttpResponse
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

EXAMPLES = """{% extends "base.html" %}{% block content %}
<h1>Esempi</h1>
{% include "maps/includes/small_map.html" with markers=markers caption="Dove è adottata" %}
<form>{% include "maps/includes/location_picker.html" with lat_field=form.latitude \
lon_field=form.longitude %}</form>
{% endblock %}"""


class PlaceForm(forms.Form):
    latitude = forms.FloatField(label="Latitudine", required=False)
    longitude = forms.FloatField(label="Longitudine", required=False)


def examples(request):
    """Render a small map and a location picker, as other apps' pages will."""
    template = engines["django"].from_string(EXAMPLES)
    markers = [
        {"latitude": 45.4642, "longitude": 9.19, "label": "Milano", "url": "/mappa/"},
        {"latitude": 45.0703, "longitude": 7.6869, "label": "Torino", "colour": "#1f5f99"},
    ]
    context = {"markers": markers, "form": PlaceForm()}
    return HttpResponse(template.render(context, request))


urlpatterns = [path("prove-mappe/", examples), *site_urlpatterns]
