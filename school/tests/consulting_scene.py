"""A small comune, three comuni like it that adopted a practice, and the steps the browser tests
of consulting share: the staff assign the first suggestion, the mentor writes."""

from dataclasses import dataclass

from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from accounts.tests.factories import MunicipalRoleFactory
from cms.tests.factories import AdoptionFactory, PracticePageFactory, ThemePageFactory
from maps.models import Municipality
from maps.tests.factories import MunicipalityFactory, ProvinceFactory

#: Name, latitude, longitude, population and phase of the comuni that adopted the practice.
LIKE_US = (
    ("Fabbriche di Vergemoli", 44.0, 10.45, 800, 3),
    ("Borgo a Mozzano", 44.0, 10.55, 7_000, 2),
    ("Villa Basilica", 43.93, 10.64, 1_600, 2),
)


@dataclass
class Scene:
    small: Municipality
    practice: object
    mentors: list
    mayor: object
    mentor: Municipality
    mentor_admin: object


def comuni_like_us() -> Scene:
    """Build Pescaglia, its three neighbours that adopted "Rifiuti zero", and their mayors."""
    province = ProvinceFactory(name="Lucca", abbreviation="LU")
    small = MunicipalityFactory(
        name="Pescaglia", province=province, latitude=43.97, longitude=10.41, population=3_400
    )
    theme = ThemePageFactory(title="Rifiuti", code="rifiuti")
    practice = PracticePageFactory(title="Rifiuti zero", slug="rifiuti-zero", themes=[theme])
    mentors = []
    for name, lat, lon, population, phase in LIKE_US:
        comune = MunicipalityFactory(
            name=name, province=province, latitude=lat, longitude=lon, population=population
        )
        AdoptionFactory(municipality=comune, practice=practice, phase=phase)
        mentors.append(comune)
    mayor = MunicipalRoleFactory(municipality=small, user__display_name="Sindaca").user
    # Within the same band of distance, the most similar population is suggested first.
    mentor = mentors[1]
    mentor_admin = MunicipalRoleFactory(municipality=mentor, user__display_name="Tutor").user
    return Scene(small, practice, mentors, mayor, mentor, mentor_admin)


def assign_first_suggestion(browser, browser_context_args, base, staff, request, width):
    """Log the staff member into the admin and assign the first suggested mentor."""
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    staff_page = new_page(browser, browser_context_args, width)
    log_in(staff_page, base, staff.email)
    staff_page.goto(f"{base}/admin/school_consulting/{request.pk}/assegna/")
    # Wait for the page after the POST, so that the assignment is saved when this returns.
    with staff_page.expect_navigation():
        staff_page.locator("[data-assign-suggested]").first.click()
    return staff_page


def send_message(page, base, request, body):
    """Write a message on the request's page and wait for the page that follows."""
    page.goto(f"{base}{request.get_absolute_url()}")
    page.fill("#id_body", body)
    with page.expect_navigation():
        page.locator("form:has(input[value=messaggio]) button[type=submit]").click()
    expect(page.locator(".consulting-messages")).to_contain_text(body)
