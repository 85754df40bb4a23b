"""Uploads go through Django's storage API to the storage the environment names."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PillowImage
from wagtail.images.models import Image

from config.tests.test_production_settings import SECRET, run_manage

ROOT = Path(settings.BASE_DIR)
PRODUCTION = {
    "SECRET_KEY": SECRET,
    "ALLOWED_HOSTS": "example.org",
    "SITE_URL": "https://example.org",
}
SHOW_STORAGE = (
    "from django.core.files.storage import storages; s = storages['default']; "
    "from django.conf import settings; print(' '.join(settings.SECURE_CSP['img-src'])); "
    "print(type(s).__module__, type(s).__name__); print(s.url('immagini/foto.jpg'))"
)
S3 = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "sipuofare-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
    "AWS_S3_REGION_NAME": "eu-south-1",
    "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
    "AWS_ACCESS_KEY_ID": "not-a-real-key",
    "AWS_SECRET_ACCESS_KEY": "not-a-real-secret",
}


def test_production_stores_uploads_on_the_bucket_and_links_to_its_public_host():
    result = run_manage("shell", "-c", SHOW_STORAGE, **PRODUCTION, **S3)
    assert result.returncode == 0, result.stderr
    images_from, backend, url = result.stdout.strip().splitlines()[-3:]
    assert backend == "storages.backends.s3 S3Storage"
    assert url == "https://media.example.org/immagini/foto.jpg"
    # The pages' Content Security Policy lets the browser load the pictures from there.
    assert "https://media.example.org" in images_from.split()


def test_production_without_a_custom_domain_links_to_the_endpoint_unsigned():
    env = {**S3, "AWS_S3_CUSTOM_DOMAIN": ""}
    result = run_manage("shell", "-c", SHOW_STORAGE, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    images_from, _backend, url = result.stdout.strip().splitlines()[-3:]
    assert url.startswith("https://s3.example.net/sipuofare-media/immagini/foto.jpg")
    assert "https://s3.example.net" in images_from.split()
    assert "Signature" not in url


def test_production_keeps_the_local_folder_by_default():
    result = run_manage("shell", "-c", SHOW_STORAGE, **PRODUCTION, MEDIA_STORAGE="")
    assert result.returncode == 0, result.stderr
    images_from, backend, url = result.stdout.strip().splitlines()[-3:]
    assert backend == "django.core.files.storage.filesystem FileSystemStorage"
    assert url == "/media/immagini/foto.jpg"
    assert "https://media.example.org" not in images_from


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": ""}, "needs AWS_STORAGE_BUCKET_NAME"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be 'local' or 's3'"),
    ],
)
def test_production_refuses_an_incomplete_media_storage(env, message):
    result = run_manage("check", **PRODUCTION, **env)
    assert result.returncode != 0
    assert message in result.stderr


def jpeg(size=(120, 80)) -> ImageFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (40, 120, 60)).save(buffer, "JPEG")
    return ImageFile(buffer, name="orti.jpg")


@pytest.mark.django_db
def test_wagtail_images_and_renditions_are_written_through_the_storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    image = Image.objects.create(title="Orti condivisi", file=jpeg())

    rendition = image.get_rendition("fill-60x40")

    assert default_storage.exists(image.file.name)
    assert default_storage.exists(rendition.file.name)
    assert rendition.url.startswith(settings.MEDIA_URL)
    assert not (tmp_path / "media").exists()


# Ways of reaching the local disk around the storage API.
DIRECT_DISK = re.compile(
    r"MEDIA_ROOT|FileSystemStorage\(|\.write_(?:bytes|text)\(|open\([^)]*[\"'](?:w|a|x)b?\+?[\"']"
    r"|\.(?:file|image)\.path\b"
)
APPS = ("accounts", "cms", "participation", "school", "maps", "demo", "config")
# Reading the folder is fine: development serves it when DEBUG is on.
READS = {"config/urls.py": "document_root=settings.MEDIA_ROOT"}


def test_no_app_code_writes_files_around_the_storage_api():
    offenders = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT)
            if {"tests", "migrations", "settings"} & set(relative.parts):
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if DIRECT_DISK.search(line) and READS.get(str(relative), "\0") not in line:
                    offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []
