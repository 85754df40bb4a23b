"""A proposal's picture, kept between preview and publishing, lives only in the storage."""

from django.core.files.storage import default_storage

from participation.models import Proposal
from participation.pending_images import FOLDER
from participation.tests.test_views_common import login
from participation.tests.test_views_form import CREATE, png, valid_data
from participation.tests.test_views_preview import kept_token, preview


def test_previewed_and_published_pictures_never_touch_the_local_disk(
    client, citizen, comune, settings, tmp_path
):
    # Whatever wrote beside the storage API would land in MEDIA_ROOT; the storage is in memory.
    settings.MEDIA_ROOT = tmp_path / "media"
    login(client, citizen)

    token = kept_token(preview(client, valid_data(comune, image=png())))
    _folders, kept = default_storage.listdir(FOLDER)
    assert kept == [f"{token}.jpg"]

    client.post(CREATE, valid_data(comune, foto_in_attesa=token))

    proposal = Proposal.objects.get()
    assert default_storage.exists(proposal.image.name)
    assert default_storage.listdir(FOLDER)[1] == []
    assert not (tmp_path / "media").exists()
