package org.jixiao.portal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditKind;
import org.jixiao.audit.AuditTrail;
import org.jixiao.organization.CurrentUser;
import org.jixiao.plan.PublishedPlans;
import org.jixiao.web.NotFound;
import org.jixiao.web.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and objections on published plans: received from anyone during the unit's 公示期 (with a
 * captcha), then answered and closed by the office (考评办), each of its steps in the audit trail.
 */
@Service
class Objections {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ObjectionRepository objections;
    private final PublishedPlans plans;
    private final CaptchaTokens captchas;
    private final AuditTrail trail;
    private final PortalProperties properties;
    private final Clock clock;

    Objections(ObjectionRepository objections, PublishedPlans plans, CaptchaTokens captchas, AuditTrail trail,
               PortalProperties properties, Clock clock) {
        this.objections = objections;
        this.plans = plans;
        this.captchas = captchas;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** The 公示期 of a published plan, by the cycle's setting or the configured default. */
    ObjectionWindow window(PublishedPlans.Published plan) {
        return window(plan, windowDays(plan.cycleId()));
    }

    /** The 公示期 of a published plan of a cycle whose setting is {@code days} working days. */
    ObjectionWindow window(PublishedPlans.Published plan, int days) {
        return ObjectionWindow.of(plan.publishedAt(), days, clock.getZone());
    }

    boolean isOpen(ObjectionWindow window) {
        return window.isOpen(clock.instant(), clock.getZone());
    }

    int windowDays(long cycleId) {
        return objections.windowDays(cycleId).orElse(properties.objectionDays());
    }

    /**
     * Stores the objection and returns no problems, or returns what is wrong beside which field and
     * stores nothing. Refused outright for a plan that is not published or whose 公示期 is over.
     */
    @Transactional
    Map<String, String> submit(long cycleId, long unitId, ObjectionForm form) {
        PublishedPlans.Published plan = plans.find(cycleId, unitId).orElseThrow(() -> new NotFound("该考评表未公示"));
        ObjectionWindow window = window(plan);
        if (!isOpen(window)) {
            throw Refused.conflict("OBJECTION_WINDOW_CLOSED", "公示期已于 " + DAY.format(window.lastDay())
                    + " 结束，不再受理意见");
        }
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        if (!form.captchaAnswer().isEmpty()) {
            captchaProblem(captchas.verify(form.captchaToken(), cycleId, unitId, form.captchaAnswer()))
                    .ifPresent(problem -> problems.put("captchaAnswer", problem));
        }
        if (problems.isEmpty()) {
            objections.insert(cycleId, unitId, form, trail.clientAddress(), clock.instant());
        }
        return problems;
    }

    private static Optional<String> captchaProblem(CaptchaTokens.Verdict verdict) {
        return Optional.ofNullable(switch (verdict) {
            case ACCEPTED -> null;
            case WRONG -> "验证码计算结果不正确，请按新的图片重新计算";
            case EXPIRED -> "验证码已过期，请按新的图片重新填写";
            case USED -> "验证码已使用过，请按新的图片重新填写";
            case INVALID -> "验证码无效，请按新的图片重新填写";
        });
    }

    /** The unit's objections with the office's answer, for the public page (without the sender). */
    List<Objection> answered(long cycleId, long unitId) {
        return objections.answered(cycleId, unitId);
    }

    List<Objection> search(CurrentUser user, @Nullable Long cycleId, @Nullable Long unitId,
                           @Nullable ObjectionStatus status) {
        requireOffice(user);
        return objections.search(cycleId, unitId, status);
    }

    @Transactional
    Objection answer(long id, @Nullable String text, CurrentUser user) {
        requireOffice(user);
        Objection before = get(id);
        Objection after = before.answer(text == null ? "" : text, user.username(), clock.instant());
        store(before, after, user, "答复");
        return after;
    }

    @Transactional
    Objection close(long id, CurrentUser user) {
        requireOffice(user);
        Objection before = get(id);
        Objection after = before.close();
        store(before, after, user, "办结");
        return after;
    }

    /** Sets the cycle's 公示期 in working days; plans already published count from their own publication. */
    @Transactional
    void setWindowDays(long cycleId, int days, CurrentUser user) {
        requireOffice(user);
        if (days < 1 || days > ObjectionWindow.MAX_DAYS) {
            throw Refused.invalid("OBJECTION_WINDOW_DAYS", "公示期应为 1 到 " + ObjectionWindow.MAX_DAYS + " 个工作日");
        }
        int before = windowDays(cycleId);
        objections.setWindowDays(cycleId, days);
        trail.record(AuditEvent.change(AuditKind.SETTINGS, user.username(), user.role().name(), cycleId, null,
                "公示期（工作日）", Map.of("公示期", before), Map.of("公示期", days)));
    }

    private Objection get(long id) {
        return objections.find(id).orElseThrow(() -> new NotFound("意见不存在：" + id));
    }

    private void store(Objection before, Objection after, CurrentUser user, String action) {
        if (!objections.update(before, after)) {
            throw new OptimisticLockingFailureException("该意见已被他人处理，请刷新后重试");
        }
        trail.record(AuditEvent.change(AuditKind.OBJECTION, user.username(), user.role().name(), after.cycleId(),
                after.unitId(), "公示意见 #" + after.id() + " " + action, state(before), state(after)));
    }

    private static Map<String, String> state(Objection objection) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("状态", objection.status().label());
        state.put("答复", objection.answer());
        return state;
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("只有考评办可以处理公示意见");
        }
    }
}
