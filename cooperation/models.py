"""Cooperation projects among comuni, their members and their timeline."""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from cooperation.choices import LegalForm, MemberRole, MembershipStatus, Process, ProjectStatus

TITLE_MAX = 200
SUMMARY_MAX = 4000
ENTRY_MAX = 2000


class ProjectQuerySet(models.QuerySet):
    def public(self):
        """Return the projects anyone may see: those whose lead comune is confirmed."""
        lead = Membership.objects.filter(
            project=OuterRef("pk"), role=MemberRole.LEAD, status=MembershipStatus.CONFIRMED
        )
        return self.filter(Exists(lead))

    def for_municipality(self, municipality):
        """Return the projects where the comune is a confirmed member."""
        return self.filter(
            Exists(
                Membership.objects.filter(
                    project=OuterRef("pk"),
                    municipality=municipality,
                    status=MembershipStatus.CONFIRMED,
                )
            )
        )


class CooperationProject(ClusterableModel):
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.TextField(_("what the comuni do together"), max_length=SUMMARY_MAX, blank=True)
    theme = models.ForeignKey(
        "cms.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cooperation_projects",
    )
    practices = models.ManyToManyField(
        "cms.PracticePage",
        verbose_name=_("practices"),
        blank=True,
        related_name="cooperation_projects",
    )
    process = models.CharField(_("process run together"), max_length=20, choices=Process.choices)
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("cooperation project")
        verbose_name_plural = _("cooperation projects")
        permissions = [("manage_projects", _("Can manage every cooperation project"))]
        indexes = [models.Index(fields=["status", "-created_at"], name="coop_status_created")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cooperation:project-detail", kwargs={"slug": self.slug})

    @property
    def lead(self):
        """Return the lead membership, or None."""
        return next((m for m in self.members.all() if m.role == MemberRole.LEAD), None)


class Membership(models.Model):
    """A comune in a project; it shows publicly only once its administrators confirm it."""

    project = ParentalKey(CooperationProject, on_delete=models.CASCADE, related_name="members")
    municipality = models.ForeignKey(
        "maps.Municipality",
        verbose_name=_("comune"),
        on_delete=models.CASCADE,
        related_name="cooperation_memberships",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MemberRole.choices, default=MemberRole.PARTNER
    )
    status = models.CharField(
        _("membership"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)

    class Meta:
        ordering = ["role", "municipality__name"]
        verbose_name = _("member comune")
        verbose_name_plural = _("member comuni")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "municipality"], name="coop_one_membership_per_comune"
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role="capofila"),
                name="coop_one_lead_per_project",
            ),
        ]
        indexes = [
            models.Index(fields=["municipality", "status"], name="coop_member_comune_status"),
        ]

    def __str__(self):
        return f"{self.municipality} · {self.project}"

    @property
    def confirmed(self) -> bool:
        return self.status == MembershipStatus.CONFIRMED


class TimelineEntry(models.Model):
    """A dated step of a project, written by its lead comune or the School's staff."""

    project = ParentalKey(CooperationProject, on_delete=models.CASCADE, related_name="timeline")
    date = models.DateField(_("date"))
    text = models.TextField(_("what happened"), max_length=ENTRY_MAX)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")

    def __str__(self):
        return f"{self.date} · {self.project}"
