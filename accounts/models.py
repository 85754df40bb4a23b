"""People: an e-mail login with a public display name, and their roles in the comuni."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who logs in with their e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("public name"),
        max_length=80,
        blank=True,
        help_text=_("The name shown next to what you write on the site."),
    )
    anonymized_at = models.DateTimeField(_("anonymised on"), null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.public_name

    @property
    def public_name(self) -> str:
        """Return the name shown publicly next to what the user wrote."""
        if self.anonymized_at:
            return str(_("Deleted user"))
        return self.display_name or self.get_full_name() or self.email.split("@")[0]


class MunicipalRoleQuerySet(models.QuerySet):
    def active(self):
        return self.filter(user__is_active=True)


class MunicipalRole(models.Model):
    """A user may act for a comune: granted by the School's staff in the admin."""

    class Kind(models.TextChoices):
        MAYOR = "mayor", _("Mayor")
        COUNCILLOR = "councillor", _("Councillor")
        OFFICER = "officer", _("Municipal officer")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="municipal_roles",
        verbose_name=_("user"),
    )
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.CASCADE,
        related_name="roles",
        verbose_name=_("comune"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Kind.choices, default=Kind.OFFICER)
    office = models.CharField(
        _("office or portfolio"),
        max_length=120,
        blank=True,
        help_text=_("For example: Environment, Public works, Budget."),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    objects = MunicipalRoleQuerySet.as_manager()

    class Meta:
        verbose_name = _("role in a comune")
        verbose_name_plural = _("roles in comuni")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="one_role_per_user_and_municipality"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.municipality}"
