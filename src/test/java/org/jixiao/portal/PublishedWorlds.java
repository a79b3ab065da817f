package org.jixiao.portal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.PlanAction;
import org.jixiao.plan.PlanService;
import org.jixiao.support.TestWorlds;
import org.springframework.stereotype.Component;

/** A test world whose unit A's plan is published (公示) and unit B's only approved; reads the captcha of a form. */
@Component
class PublishedWorlds {

    private static final Pattern TOKEN = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");

    private final TestWorlds worlds;
    private final PlanService plans;
    private final CaptchaTokens captchas;

    PublishedWorlds(TestWorlds worlds, PlanService plans, CaptchaTokens captchas) {
        this.worlds = worlds;
        this.plans = plans;
        this.captchas = captchas;
    }

    TestWorlds.World create() {
        TestWorlds.World world = worlds.approve(worlds.create());
        CurrentUser office = CurrentUser.of(world.admin());
        plans.take(plans.table(world.cycle().id(), world.unitA().id(), office), PlanAction.PUBLISH, null, List.of(),
                office);
        return world;
    }

    /** The captcha token of the objection form in {@code html}. */
    static String token(String html) {
        Matcher matcher = TOKEN.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page has no objection form");
        }
        return matcher.group(1);
    }

    /**
     * The answer to the captcha of a form: the test hook the brief asks for instead of reading the
     * image. The server derives the question from the token, and so can the test.
     */
    String answer(String token) {
        return String.valueOf(captchas.challenge(token).orElseThrow().answer());
    }
}
