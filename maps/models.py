"""The Italian territory: regions, provinces and every comune with a point on its surface."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Italy's bounding box, with a small margin (Lampedusa to Vetta d'Italia, Bardonecchia to Otranto).
ITALY_BOUNDS = {"south": 35.2, "north": 47.2, "west": 6.5, "east": 18.7}

latitude_validators = [
    MinValueValidator(ITALY_BOUNDS["south"], _("The latitude lies outside Italy.")),
    MaxValueValidator(ITALY_BOUNDS["north"], _("The latitude lies outside Italy.")),
]
longitude_validators = [
    MinValueValidator(ITALY_BOUNDS["west"], _("The longitude lies outside Italy.")),
    MaxValueValidator(ITALY_BOUNDS["east"], _("The longitude lies outside Italy.")),
]


class Region(models.Model):
    istat_code = models.CharField(_("ISTAT code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Province(models.Model):
    istat_code = models.CharField(_("ISTAT code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=80)
    abbreviation = models.CharField(_("abbreviation"), max_length=2, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("region")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return f"{self.name} ({self.abbreviation})"


class MunicipalityQuerySet(models.QuerySet):
    def in_bbox(self, *, west: float, south: float, east: float, north: float):
        """Return comuni whose point lies inside the box (GeoJSON order: W, S, E, N)."""
        return self.filter(
            latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east
        )

    def search(self, text: str):
        """Return comuni whose name contains every word typed, best matches first."""
        qs = self
        for word in text.split():
            qs = qs.filter(name__icontains=word)
        return qs.order_by("-population", "name")


class Municipality(models.Model):
    istat_code = models.CharField(_("ISTAT code"), max_length=6, unique=True)
    name = models.CharField(_("name"), max_length=120, db_index=True)
    slug = models.SlugField(max_length=140, unique=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        related_name="municipalities",
        verbose_name=_("province"),
    )
    cadastral_code = models.CharField(_("cadastral code"), max_length=4, blank=True)
    population = models.PositiveIntegerField(_("population"), default=0)
    latitude = models.FloatField(_("latitude"), validators=latitude_validators)
    longitude = models.FloatField(_("longitude"), validators=longitude_validators)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("comune")
        verbose_name_plural = _("comuni")
        indexes = [
            models.Index(fields=["latitude", "longitude"], name="municipality_lat_lon"),
            models.Index(fields=["longitude", "latitude"], name="municipality_lon_lat"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=ITALY_BOUNDS["south"])
                & models.Q(latitude__lte=ITALY_BOUNDS["north"])
                & models.Q(longitude__gte=ITALY_BOUNDS["west"])
                & models.Q(longitude__lte=ITALY_BOUNDS["east"]),
                name="municipality_inside_italy",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("comuni:detail", kwargs={"slug": self.slug})

    @property
    def region(self):
        return self.province.region


class MapPointQuerySet(models.QuerySet):
    def of_layer(self, layer: str):
        """Return the points of one map layer."""
        return self.filter(layer=layer)


class MapPoint(models.Model):
    """One thing shown on a map layer, published by the app that owns it (see maps.layers)."""

    layer = models.SlugField(_("layer"), max_length=40, db_index=False)
    key = models.CharField(_("key"), max_length=64, help_text=_("The owner's id of the thing."))
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    # The point's pixel at zoom 20 in Web Mercator (see maps.clustering): integers group fast.
    grid_x = models.PositiveIntegerField(editable=False)
    grid_y = models.PositiveIntegerField(editable=False)
    # A horizontal band of the grid: a box query asks for a few bands, each an index range.
    grid_band = models.PositiveSmallIntegerField(editable=False)
    category = models.CharField(_("category"), max_length=50, blank=True, default="")
    phase = models.PositiveSmallIntegerField(_("phase"), null=True, blank=True)
    flags = models.PositiveSmallIntegerField(_("flags"), default=0)
    region_code = models.CharField(_("region code"), max_length=2, blank=True, default="")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="map_points",
        verbose_name=_("comune"),
    )
    label = models.CharField(_("label"), max_length=200)
    url = models.CharField(_("link"), max_length=300, blank=True, default="")
    extra = models.JSONField(_("popup data"), default=dict, blank=True)
    # The point's GeoJSON Feature as the map API serves it, written with the point (see
    # maps.geojson.point_feature), so that a view joins stored text instead of encoding rows.
    feature = models.TextField(_("GeoJSON feature"), editable=False, default="")
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MapPointQuerySet.as_manager()

    class Meta:
        verbose_name = _("map point")
        verbose_name_plural = _("map points")
        constraints = [
            models.UniqueConstraint(fields=["layer", "key"], name="mappoint_layer_key"),
        ]
        indexes = [
            # Covers the on-the-fly grouping and the count of a street view, filtered by any
            # layer filter or not: the database reads the index, not the table. The columns
            # after id are keys only so that SQLite, which has no INCLUDE, covers them too.
            models.Index(
                fields=[
                    "layer",
                    "grid_band",
                    "grid_x",
                    "grid_y",
                    "category",
                    "id",
                    "phase",
                    "flags",
                    "region_code",
                ],
                name="mappoint_grid_view",
            ),
            models.Index(fields=["layer", "region_code"], name="mappoint_layer_region"),
        ]

    def __str__(self):
        return f"{self.layer}:{self.key} {self.label}"


class MapCell(models.Model):
    """The points of a layer that fall in one grid cell at one zoom, per category and filter."""

    layer = models.SlugField(_("layer"), max_length=40, db_index=False)
    zoom = models.PositiveSmallIntegerField(_("zoom"))
    cx = models.PositiveIntegerField(_("cell column"))
    cy = models.PositiveIntegerField(_("cell row"))
    category = models.CharField(_("category"), max_length=50, blank=True, default="")
    # 0 stands for "no phase", so that the unique constraint sees equal keys as equal.
    phase = models.PositiveSmallIntegerField(_("phase"), default=0)
    flags = models.PositiveSmallIntegerField(_("flags"), default=0)
    region_code = models.CharField(_("region code"), max_length=2, blank=True, default="")
    count = models.IntegerField(_("count"))
    sum_latitude = models.FloatField(_("sum of latitudes"))
    sum_longitude = models.FloatField(_("sum of longitudes"))
    # The id of one point counted here, so that a cell of one point shows that point.
    point_id = models.BigIntegerField(_("a point of the cell"), null=True)

    class Meta:
        verbose_name = _("map cell")
        verbose_name_plural = _("map cells")
        constraints = [
            models.UniqueConstraint(
                fields=["layer", "zoom", "cy", "cx", "category", "phase", "flags", "region_code"],
                name="mapcell_key",
            ),
        ]

    def __str__(self):
        return f"{self.layer} z{self.zoom} {self.cx}/{self.cy} {self.category}: {self.count}"


class MapCellTotal(models.Model):
    """Like MapCell summed over phase, flags and region: what views without those filters read."""

    layer = models.SlugField(_("layer"), max_length=40, db_index=False)
    zoom = models.PositiveSmallIntegerField(_("zoom"))
    cx = models.PositiveIntegerField(_("cell column"))
    cy = models.PositiveIntegerField(_("cell row"))
    category = models.CharField(_("category"), max_length=50, blank=True, default="")
    count = models.IntegerField(_("count"))
    sum_latitude = models.FloatField(_("sum of latitudes"))
    sum_longitude = models.FloatField(_("sum of longitudes"))
    point_id = models.BigIntegerField(_("a point of the cell"), null=True)

    class Meta:
        verbose_name = _("map cell total")
        verbose_name_plural = _("map cell totals")
        constraints = [
            models.UniqueConstraint(
                fields=["layer", "zoom", "cy", "cx", "category"], name="mapcelltotal_key"
            ),
        ]
        indexes = [
            # Every column a view reads, so the database answers from the index alone.
            models.Index(
                fields=[
                    "layer",
                    "zoom",
                    "cy",
                    "cx",
                    "category",
                    "count",
                    "sum_latitude",
                    "sum_longitude",
                    "point_id",
                ],
                name="mapcelltotal_view",
            ),
        ]

    def __str__(self):
        return f"{self.layer} z{self.zoom} {self.cx}/{self.cy} {self.category}: {self.count}"
