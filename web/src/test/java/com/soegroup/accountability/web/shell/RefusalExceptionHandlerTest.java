package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which thrown things the handler takes for a refusal, when it can still keep the page, and the sentence it shows. */
class RefusalExceptionHandlerTest {

    private static final AccountabilityException REFUSAL = AccountabilityException.conflict("error.CONFLICT");

    @Test
    void aRefusalIsFoundHoweverTheElFacesAndTheEjbContainerWrapIt() {
        assertSame(REFUSAL, RefusalExceptionHandler.refusal(REFUSAL));
        // an action: the EL wraps what the method threw, Faces wraps that for the phase
        assertSame(REFUSAL, RefusalExceptionHandler.refusal(new FacesException(new ELException(REFUSAL))));
        // a refusal the container did not pass through as it is
        assertSame(REFUSAL, RefusalExceptionHandler.refusal(new FacesException("phase", new ELException("el", new EJBException(REFUSAL)))));
        assertSame(REFUSAL, RefusalExceptionHandler.refusal(new AbortProcessingException(REFUSAL)));
    }

    @Test
    void anythingElseIsNoRefusal() {
        assertNull(RefusalExceptionHandler.refusal(new FacesException(new ELException(new IllegalStateException("bug")))));
        assertNull(RefusalExceptionHandler.refusal(new EJBException(new OptimisticLockException())));
        assertNull(RefusalExceptionHandler.refusal(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertNull(RefusalExceptionHandler.refusal(second));
    }

    @Test
    void thePageIsKeptUntilItIsWritten() {
        for (PhaseId phase : PhaseId.VALUES) {
            assertEquals(phase != PhaseId.RENDER_RESPONSE, RefusalExceptionHandler.keepsPage(phase), phase::toString);
        }
        assertTrue(RefusalExceptionHandler.keepsPage(PhaseId.INVOKE_APPLICATION), "actions and view actions");
        assertFalse(RefusalExceptionHandler.keepsPage(PhaseId.RENDER_RESPONSE), "lazy tables, beans made while writing");
    }

    @Test
    void theMessageIsTheRefusalsSentenceInThePagesLanguage() {
        AccountabilityException notFound = AccountabilityException.notFound();
        assertEquals("记录不存在，或不在您的数据范围内。", sentence(notFound, Locale.SIMPLIFIED_CHINESE));
        assertEquals("The record does not exist or is outside your data scope.", sentence(notFound, Locale.ENGLISH));

        AccountabilityException stale = new AccountabilityException(ErrorCode.STALE_VERSION, ErrorCode.STALE_VERSION.bundleKey(), null);
        assertEquals("该记录已被他人修改，请刷新后重试。", sentence(stale, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theSentenceTakesTheRefusalsArgumentsAndAnUnknownKeyReadsAsTheGeneralSentence() {
        assertEquals("线索已登记，编号 YBJT-XS-2026-0001。", Pages.sentence(bundle(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE,
                "clue.registered", "YBJT-XS-2026-0001"));
        assertEquals("The report text is saved (version 1200).", Pages.sentence(bundle(Locale.ENGLISH), Locale.ENGLISH,
                "report.text.saved", 1200));
        assertEquals("处理请求时出现问题，数据未作更改。请稍后重试。",
                sentence(AccountabilityException.refused("no.such.key"), Locale.SIMPLIFIED_CHINESE));
    }

    private static String sentence(AccountabilityException refusal, Locale locale) {
        return Pages.sentence(bundle(locale), locale, refusal.messageKey(), refusal.arguments());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("messages", locale);
    }
}
