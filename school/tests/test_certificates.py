"""Certificates of attendance: the PDF, who may download it, and the public check."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from school.certificates import latin1
from school.services import attendance_set
from school.tests.factories import RegistrationFactory, make_session

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def attended(citizen, staff):
    """Carla attended two of the three six-hour meetings of a path."""
    session = make_session(title="Legalità nella PA", meetings=3, hours=6)
    registration = RegistrationFactory(session=session, user=citizen, full_name="Carla Bianchi")
    for meeting in session.meeting_list[:2]:
        attendance_set(user=staff, registration=registration, meeting=meeting, present=True)
    return registration


def download_url(registration) -> str:
    return reverse("school:certificate-download", args=[registration.pk])


def verify_url(code: str) -> str:
    return reverse("school:certificate-verify", args=[code])


def test_the_certificate_names_the_person_the_session_and_the_hours(client, citizen, attended):
    client.force_login(citizen)
    response = client.get(download_url(attended))
    content = pdf_text(response)
    assert "attachment" in response["Content-Disposition"]
    assert "Certificate of attendance" in content
    assert "Carla Bianchi" in content
    assert "Legalità nella PA" in content
    assert "Hours attended: 12" in content
    assert "Meetings attended: 2 of 3" in content
    assert attended.certificate_code in content
    assert f"http://testserver{verify_url(attended.certificate_code)}" in content.replace("\n", "")


def test_the_list_of_registrations_links_the_certificate(client, citizen, attended):
    client.force_login(citizen)
    body = client.get(reverse("school:my-registrations")).content.decode()
    assert download_url(attended) in body


def test_names_outside_latin1_do_not_break_the_certificate(client, citizen, staff):
    session = make_session(title="Sessione “internazionale” – 2027")
    registration = RegistrationFactory(session=session, user=citizen, full_name="Łukasz Żółć 東京")
    attendance_set(
        user=staff, registration=registration, meeting=session.meeting_list[0], present=True
    )
    client.force_login(citizen)
    content = pdf_text(client.get(download_url(registration)))
    assert "Lukasz Zólc" in content
    assert 'Sessione "internazionale" - 2027' in content
    assert latin1("Perché già così") == "Perché già così"


def test_no_attendance_no_certificate(client, citizen):
    registration = RegistrationFactory(user=citizen)
    client.force_login(citizen)
    response = client.get(download_url(registration))
    assert response.status_code == 404
    assert "once the School's staff have checked you in" in response.content.decode()
    assert client.get(verify_url(registration.certificate_code)).status_code == 404


def test_staff_may_download_anyones_certificate(client, staff, attended):
    client.force_login(staff)
    assert "Carla Bianchi" in pdf_text(client.get(download_url(attended)))


@pytest.mark.parametrize("viewer", ["other_citizen", "administrator", "editor"])
def test_nobody_else_gets_the_certificate(client, request, attended, viewer):
    client.force_login(request.getfixturevalue(viewer))
    assert client.get(download_url(attended)).status_code == 404


def test_anonymous_visitors_are_asked_to_log_in_for_the_certificate(client, attended):
    response = client.get(download_url(attended))
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_the_public_check_confirms_a_genuine_certificate(client, attended):
    response = client.get(verify_url(attended.certificate_code.lower()))
    body = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine." in body
    assert "Carla Bianchi" in body
    assert "Legalità nella PA" in body
    assert "Hours attended</dt><dd>12<" in body


def test_a_wrong_code_answers_404(client, attended):
    assert client.get(verify_url("AAAA-BBBB-CCCC")).status_code == 404
    assert client.get(verify_url(attended.certificate_code + "X")).status_code == 404


def test_a_deleted_account_keeps_a_checkable_certificate_without_the_name(client, attended):
    attended.user = None
    attended.full_name = ""
    attended.save()
    body = client.get(verify_url(attended.certificate_code)).content.decode()
    assert "(name removed)" in body
