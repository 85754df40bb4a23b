"""Build the demo site from demo.content, idempotently, with the ORM and the services."""

import datetime
from decimal import Decimal
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from accounts.models import User
from cms.choices import ValueKind
from cms.fragments import content_changed
from cms.map_layer import LAYER_KEY as ADOPTIONS_LAYER
from cms.map_layer import adoption_points
from cms.models import (
    Adoption,
    AdoptionUpdate,
    ContactPage,
    HomePage,
    Indicator,
    IndicatorValue,
    NewsIndexPage,
    NewsPage,
    PracticeIndexPage,
    PracticePage,
    PracticeRelation,
    SectionPage,
    StandardPage,
    ThemeIndexPage,
    ThemePage,
)
from demo.accounts import DEMO_ACCOUNTS, demo_accounts_create
from demo.content import ADOPTIONS, INDICATORS, MENU, NEWS, PAGES, PRACTICES, THEMES
from demo.content.contact import CONTACT
from demo.content.pages import ENGLISH_TITLES
from demo.content.proposals import CITIZENS, PROPOSALS
from maps.models import Municipality
from maps.points import points_rebuild
from participation import services as participation
from participation.choices import EmailFrequency
from participation.models import Proposal

HOME_INTRO = (
    "Le buone pratiche dei comuni italiani, raccontate perché altri possano rifarle: sulla mappa, "
    "nelle storie di chi le ha adottate e nelle proposte dei cittadini."
)
HOME_BODY = (
    "<p>La Scuola delle Buone Pratiche accompagna sindaci, assessori e funzionari che vogliono "
    "fare della sostenibilità il modo ordinario di amministrare. Raccoglie e documenta i casi "
    "riusciti, li racconta nelle sessioni di formazione e offre un sostegno concreto a chi vuole "
    "adottarli nel proprio comune.</p>"
    "<p>Qui trovi le pratiche già sperimentate, i comuni che le hanno fatte proprie e i risultati "
    "misurati nel tempo. I cittadini possono proporre iniziative, sostenerle e impegnarsi a "
    "realizzarle insieme alla propria amministrazione.</p>"
)

SECTION_FIELDS = [
    "context",
    "objectives",
    "actions",
    "formal_act",
    "cooperation",
    "participation",
    "issues",
    "results",
    "costs",
    "lessons",
    "transferability",
    "contacts",
]


def paragraphs(text: str) -> RichText:
    """Turn plain paragraphs separated by blank lines into rich text."""
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return RichText("".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in parts))


def parse_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def year_end(year: int) -> datetime.date:
    return datetime.date(int(year), 12, 31)


def site_build() -> HomePage:
    """Create the home page at the root of the default site, replacing Wagtail's welcome page."""
    home = HomePage.objects.first()
    if home:
        return home
    root = Page.get_first_root_node()
    for child in root.get_children():
        if child.specific_class is Page:
            Site.objects.filter(root_page=child).delete()
            child.delete()
    home = root.add_child(
        instance=HomePage(title="Si può fare", slug="home", intro=HOME_INTRO, body=HOME_BODY)
    )
    address = urlsplit(settings.SITE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            # Wagtail's own absolute links then agree with SITE_URL.
            "hostname": address.hostname or "localhost",
            "port": address.port or (443 if address.scheme == "https" else 80),
            "root_page": home,
            "site_name": "Si può fare",
        },
    )
    return home


def pages_build(home: HomePage) -> None:
    for data in PAGES:
        if StandardPage.objects.filter(slug=data["slug"]).exists():
            continue
        page = StandardPage(
            title=data["title"], slug=data["slug"], intro=data["intro"], body=data["body_html"]
        )
        home.add_child(instance=page)


def menu_build(home: HomePage) -> None:
    """Create the sections that views serve and put the menu's pages in menus, in MENU's order."""
    for data in MENU:
        if "route" in data and not home.get_children().filter(slug=data["slug"]).exists():
            home.add_child(
                instance=SectionPage(
                    title=data["title"], slug=data["slug"], route=data["route"], show_in_menus=True
                )
            )
    slugs = [data["slug"] for data in MENU]
    for page in home.get_children().filter(slug__in=slugs, show_in_menus=False).specific():
        page.show_in_menus = True
        page.save_revision().publish()
    present = list(
        home.get_children().filter(slug__in=slugs).order_by("path").values_list("slug", flat=True)
    )
    wanted = [slug for slug in slugs if slug in present]
    if present != wanted:
        for slug in wanted:
            home.get_children().get(slug=slug).specific.move(home, pos="last-child")


def english_titles_build(home: HomePage) -> None:
    """Give the sections under the home and the themes their English titles, where missing."""
    for page in home.get_children().filter(slug__in=ENGLISH_TITLES).specific():
        if hasattr(page, "title_en") and not page.title_en:
            page.title_en = ENGLISH_TITLES[page.slug]
            page.save_revision().publish()
    for data in THEMES:
        theme = ThemePage.objects.filter(code=data["slug"], title_en="").first()
        if theme is not None:
            theme.title_en = data["title_en"]
            theme.save_revision().publish()


def contact_page_build(home: HomePage) -> ContactPage:
    """Create the contact page under the home, where the footer and the privacy notice point."""
    page = ContactPage.objects.first()
    if page is None:
        page = home.add_child(
            instance=ContactPage(
                title=CONTACT["title"],
                slug=CONTACT["slug"],
                intro=CONTACT["intro"],
                body=CONTACT["body_html"],
                thank_you=CONTACT["thank_you_html"],
            )
        )
    return page


def themes_build() -> dict[str, ThemePage]:
    index = ThemeIndexPage.objects.get()
    themes = {}
    for data in THEMES:
        theme = ThemePage.objects.filter(code=data["slug"]).first()
        if theme is None:
            theme = index.add_child(
                instance=ThemePage(
                    title=data["title"],
                    slug=data["slug"],
                    code=data["slug"],
                    intro=data["intro"],
                    colour=data["colour"],
                    icon=data["icon"],
                )
            )
        themes[data["slug"]] = theme
    return themes


def indicators_build() -> dict[str, Indicator]:
    for data in INDICATORS:
        Indicator.objects.get_or_create(
            code=data["code"],
            defaults={
                "name": data["name"],
                "unit": data["unit"],
                "per_inhabitant": data["per_inhabitant"],
                "higher_is_better": data["higher_is_better"],
            },
        )
    return {indicator.code: indicator for indicator in Indicator.objects.all()}


def practice_body(data: dict) -> list[tuple[str, object]]:
    body = []
    for name in SECTION_FIELDS:
        value = data.get(name)
        if not value:
            continue
        if name == "formal_act":
            body.append(
                (
                    name,
                    {
                        "act_type": value.get("act_type", "other"),
                        "description": value.get("type", ""),
                        "number": value.get("number", ""),
                        "date": parse_date(value.get("date")),
                        "year": value.get("year"),
                        "url": value.get("url", ""),
                    },
                )
            )
        elif name == "costs":
            body.append(
                (
                    name,
                    {
                        "euro": Decimal(value["euro"]) if value.get("euro") is not None else None,
                        "staff_days": value.get("staff_days"),
                        "months": value.get("months"),
                        "funding": value.get("funding", ""),
                    },
                )
            )
        elif name == "transferability":
            body.append((name, dict(value)))
        else:
            body.append((name, paragraphs(value)))
    return body


def practices_build(themes, indicators, comuni) -> dict[str, PracticePage]:
    index = PracticeIndexPage.objects.get()
    practices = {}
    for data in PRACTICES:
        practice = PracticePage.objects.filter(slug=data["slug"]).first()
        if practice is None:
            practice = PracticePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                zero_cost=data["zero_cost"],
                origin=comuni[data["origin_istat"]],
                offices=data["offices"],
                body=practice_body(data),
                illustrative_figures=data.get("illustrative_figures", False),
            )
            practice.themes = [themes[slug] for slug in data["themes"]]
            practice.indicators = [indicators[i["code"]] for i in data.get("indicators", [])]
            index.add_child(instance=practice)
            practice.save_revision().publish()
        practices[data["slug"]] = practice
    for data in PRACTICES:
        practice = practices[data["slug"]]
        if practice.related_links.exists() or not data.get("related"):
            continue
        practice.related_links = [
            PracticeRelation(related=practices[slug], sort_order=i)
            for i, slug in enumerate(data["related"])
            if slug in practices
        ]
        practice.save_revision().publish()
    return practices


def indicator_values_build(adoption: Adoption, series: list[dict], indicators) -> None:
    for entry in series:
        indicator = indicators[entry["code"]]
        source = entry.get("source", "")[:250]
        rows = [(ValueKind.MEASURED, point) for point in entry.get("series", [])]
        if entry.get("baseline"):
            rows.append((ValueKind.BASELINE, entry["baseline"]))
        if entry.get("target"):
            rows.append((ValueKind.TARGET, entry["target"]))
        for kind, point in rows:
            IndicatorValue.objects.update_or_create(
                adoption=adoption,
                indicator=indicator,
                date=year_end(point["year"]),
                kind=kind,
                defaults={"value": Decimal(str(point["value"])), "source": source},
            )


def adoptions_build(practices, indicators, comuni) -> int:
    practice_series = {p["slug"]: p.get("indicators", []) for p in PRACTICES}
    origin_of = {p["slug"]: p["origin_istat"] for p in PRACTICES}
    created = 0
    for data in ADOPTIONS:
        adoption, was_created = Adoption.objects.update_or_create(
            municipality=comuni[data["istat"]],
            practice=practices[data["practice"]],
            defaults={
                "phase": data["phase"],
                "status": data["status"],
                "status_reason": data.get("status_reason", ""),
                "started_on": parse_date(data.get("started_on")),
                "started_precision": data.get("started_precision", "day"),
                "lead_office": data.get("lead_office", ""),
                "adapted": data.get("adapted", ""),
                "mentor": comuni.get(data.get("mentor_istat") or ""),
                "illustrative": data.get("illustrative", False),
                "verified_note": data.get("verified_note", ""),
            },
        )
        created += was_created
        if not adoption.updates.filter(text__gt="").exists():
            AdoptionUpdate.objects.bulk_create(
                AdoptionUpdate(
                    adoption=adoption,
                    date=parse_date(update["date"]),
                    date_precision=update.get("precision", "day"),
                    text=update["text"],
                )
                for update in data.get("updates", [])
            )
        series = data.get("indicators")
        if not series and data["istat"] == origin_of[data["practice"]]:
            series = practice_series[data["practice"]]
        if series:
            indicator_values_build(adoption, series, indicators)
    return created


def news_build() -> None:
    index = NewsIndexPage.objects.get()
    for data in NEWS:
        if NewsPage.objects.filter(slug=data["slug"]).exists():
            continue
        body = data["body"]
        if isinstance(body, list):
            body = "\n\n".join(body)
        page = NewsPage(
            title=data["title"],
            slug=data["slug"],
            date=parse_date(data["date"]),
            summary=data["summary"],
            body=paragraphs(body).source,
        )
        page.tags.add(*data.get("tags", []))
        index.add_child(instance=page)


def citizens_build() -> dict[str, User]:
    """Create the demo citizens (verified, no password, a daily digest instead of e-mails)."""
    citizens = {}
    for data in CITIZENS:
        user = User.objects.filter(email=data["email"]).first()
        if user is None:
            user = User.objects.create_user(data["email"], None, display_name=data["name"])
        EmailAddress.objects.update_or_create(
            user=user, email=data["email"], defaults={"verified": True, "primary": True}
        )
        participation.notification_preference_set(user=user, email_frequency=EmailFrequency.DAILY)
        citizens[data["email"]] = user
    return citizens


def proposals_build(practices: dict[str, PracticePage], themes: dict[str, ThemePage]) -> int:
    """Publish the demo proposals with the participation services; skip those already there."""
    demo_accounts_create()  # the administrators who answer
    people = citizens_build()
    people.update(
        {
            user.email: user
            for user in User.objects.filter(email__in=[a.email for a in DEMO_ACCOUNTS])
        }
    )
    comuni = {
        comune.istat_code: comune
        for comune in Municipality.objects.filter(istat_code__in={p["istat"] for p in PROPOSALS})
    }
    created = 0
    for data in PROPOSALS:
        comune = comuni[data["istat"]]
        if Proposal.objects.filter(municipality=comune, title=data["title"]).exists():
            continue
        north, east = data["place"]
        proposal = participation.proposal_create(
            user=people[data["author"]],
            municipality=comune,
            title=data["title"],
            body=data["body"],
            theme=themes[data["theme"]],
            latitude=round(comune.latitude + north, 5),
            longitude=round(comune.longitude + east, 5),
            pledge_goal=data.get("pledge_goal", ""),
            pledge_goal_quantity=data.get("pledge_goal_quantity"),
        )
        for email, resident in data.get("supporters", []):
            participation.support_add(user=people[email], proposal=proposal, is_resident=resident)
        for pledge in data.get("pledges", []):
            participation.pledge_add(
                user=people[pledge["user"]],
                proposal=proposal,
                kind=pledge["kind"],
                quantity=pledge.get("quantity"),
                message=pledge["message"],
                public_name=pledge.get("public_name", False),
            )
        for email, text in data.get("comments", []):
            participation.comment_add(user=people[email], proposal=proposal, body=text)
        if answer := data.get("answer"):
            participation.answer_post(
                user=people[answer["admin"]],
                proposal=proposal,
                text=answer["text"],
                status=answer["status"],
            )
        if adopt := data.get("adopt"):
            participation.proposal_adopt(
                user=people[adopt["admin"]],
                proposal=proposal,
                practice=practices[adopt["practice"]],
                phase=adopt["phase"],
                text=adopt["text"],
            )
        created += 1
    return created


def demo_build() -> dict[str, int]:
    """Build the whole demo site; running it again adds only what is missing."""
    with transaction.atomic():
        home = site_build()
        call_command("seed_cms", verbosity=0)
        pages_build(home)
        contact_page_build(home)
        themes = themes_build()
        indicators = indicators_build()
        codes = {p["origin_istat"] for p in PRACTICES} | {a["istat"] for a in ADOPTIONS}
        codes |= {a["mentor_istat"] for a in ADOPTIONS if a.get("mentor_istat")}
        comuni = {m.istat_code: m for m in Municipality.objects.filter(istat_code__in=codes)}
        missing = codes - comuni.keys()
        if missing:
            raise ValueError(f"Demo data names comuni that are not loaded: {sorted(missing)}")
        practices = practices_build(themes, indicators, comuni)
        created = adoptions_build(practices, indicators, comuni)
        news_build()
        menu_build(home)
        english_titles_build(home)
        proposals = proposals_build(practices, themes)
        points_rebuild(layer=ADOPTIONS_LAYER, rows=adoption_points())
    content_changed()  # the adoption updates went in with bulk_create
    return {
        "practices": len(practices),
        "adoptions_created": created,
        "proposals_created": proposals,
    }
