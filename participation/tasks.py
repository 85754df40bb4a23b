"""Background work of participation, run through Django's tasks framework."""

from django.tasks import task

from participation import notifications


@task
def fan_out_announcement(announcement_id: int) -> int:
    """Notify everyone an announcement concerns, in batches, outside the proposal's lock."""
    return notifications.announcement_fan_out(announcement_id)


@task
def send_notification_emails(notification_ids: list[int]) -> int:
    """E-mail these notifications to those who want e-mail immediately."""
    return notifications.send_notification_emails(notification_ids)


@task
def send_digests() -> int:
    """Mail the daily digests."""
    return notifications.send_digests()


@task
def send_citizen_practice_review_request(practice_id: int) -> int:
    """Tell the reviewers that a citizen's practice waits for them."""
    from participation.review_emails import send_review_request

    return send_review_request(practice_id)
